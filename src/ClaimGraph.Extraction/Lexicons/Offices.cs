using System.Globalization;
using System.Text.Json.Nodes;
using ClaimGraph.Core.Documents;

namespace ClaimGraph.Extraction.Lexicons;

/// <summary>offices.json: offices by the titles that name them, each with its holders by date.</summary>
public sealed class Offices
{
    private readonly Dictionary<string, Office> _byTitle;
    private readonly Dictionary<string, Office> _governmentOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Office> _byFormerTitle;
    private readonly ILookup<string, (Office Office, OfficeTerm Term)> _termsByHolder;
    private readonly ILookup<string, Office> _byGenericFormerTitle;

    public Offices(IReadOnlyList<Office> all, Func<string, string> fold)
    {
        All = all;
        _byTitle = new(StringComparer.Ordinal);
        foreach (var office in all)
            foreach (var title in office.Titles)
                if (!_byTitle.TryAdd(fold(title), office))
                    throw new InvalidDataException($"offices: title '{title}' names both {_byTitle[fold(title)].Id} and {office.Id}");
        foreach (var office in all.Where(o => o.HeadsGovernment))
            if (!_governmentOf.TryAdd(office.Of, office))
                throw new InvalidDataException($"offices: both {_governmentOf[office.Of].Id} and {office.Id} head the government of {office.Of}");
        Titles = new NameTrie(_byTitle.Keys);
        _byFormerTitle = FormerTitles(all, fold);
        FormerTitleNames = new NameTrie(_byFormerTitle.Keys);
        _byGenericFormerTitle = GenericFormerTitles(all, fold);
        GenericFormerTitleNames = new NameTrie(_byGenericFormerTitle.Select(g => g.Key));
        _termsByHolder = all.SelectMany(o => o.Terms.Select(t => (Office: o, Term: t))).ToLookup(x => x.Term.Holder, StringComparer.Ordinal);
    }

    public static Offices Empty { get; } = new([], s => s);

    public IReadOnlyList<Office> All { get; }

    /// <summary>Every title, folded, for longest-match search in the matching key.</summary>
    public NameTrie Titles { get; }

    public Office? ByTitle(string folded) => _byTitle.GetValueOrDefault(folded);

    /// <summary>Every title with 前 (a former holder), folded: 前国务卿, 前任国务卿, 美国前总统, 韩国前外长.</summary>
    public NameTrie FormerTitleNames { get; }

    public Office? ByFormerTitle(string folded) => _byFormerTitle.GetValueOrDefault(folded);

    /// <summary>前总统, 前外长, 前首相: a former title without its state, which only the name after it can place.</summary>
    public NameTrie GenericFormerTitleNames { get; }

    public IEnumerable<Office> ByGenericFormerTitle(string folded) => _byGenericFormerTitle[folded];

    /// <summary>Every term the holder (a gazetteer name) served, in any office, earliest first.</summary>
    public IReadOnlyList<(Office Office, OfficeTerm Term)> TermsOf(string holder) => [.. _termsByHolder[holder].OrderBy(x => x.Term.From)];

    /// <summary>The office whose holder a government of that actor is named after (美国: US_PRESIDENT), if the data marks one.</summary>
    public Office? HeadOfGovernment(string of) => _governmentOf.GetValueOrDefault(of);

    /// <summary>
    /// 前 or 前任 before a title, or 前 after the state the title starts with (美国总统 → 美国前总统, 美前总统) when at
    /// least two characters of the title follow it (日相 gives no 日前相: 日前 means "recently").
    /// </summary>
    private static Dictionary<string, Office> FormerTitles(IReadOnlyList<Office> all, Func<string, string> fold)
    {
        var found = new Dictionary<string, Office>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        foreach (var office in all)
        {
            var of = fold(office.Of);
            foreach (var title in office.Titles.Select(fold))
            {
                var forms = new List<string> { "前" + title, "前任" + title };
                for (var k = 1; k <= title.Length - 2; k++)
                    if (of.StartsWith(title[..k], StringComparison.Ordinal)) forms.Add(title[..k] + "前" + title[k..]);
                foreach (var form in forms)
                    if (!found.TryAdd(form, office) && found[form] != office) ambiguous.Add(form);
            }
        }
        foreach (var form in ambiguous) found.Remove(form);
        return found;
    }

    /// <summary>前 + what a title says after its state (美国总统 → 前总统, 韩国外长 → 前外长), for every office that has it.</summary>
    private static ILookup<string, Office> GenericFormerTitles(IReadOnlyList<Office> all, Func<string, string> fold) =>
        all.SelectMany(office => office.Titles.Select(fold).SelectMany(title =>
                Enumerable.Range(1, Math.Max(0, title.Length - 2)).Where(k => fold(office.Of).StartsWith(title[..k], StringComparison.Ordinal))
                    .Select(k => title[k..]))
                .Distinct().SelectMany(role => new[] { "前" + role, "前任" + role }).Select(form => (Form: form, Office: office)))
            .ToLookup(x => x.Form, x => x.Office, StringComparer.Ordinal);

    public static Offices Read(string json, Func<string, string> fold)
    {
        var root = JsonNode.Parse(json) ?? throw new InvalidDataException("offices file is empty");
        var offices = (root["offices"]?.AsArray() ?? throw new InvalidDataException("offices file has no 'offices' array"))
            .OfType<JsonNode>().Select(ReadOffice).ToList();
        return new Offices(offices, fold);
    }

    private static Office ReadOffice(JsonNode node)
    {
        var id = Str(node, "id") ?? throw new InvalidDataException($"office without 'id': {node.ToJsonString()}");
        return new Office(id, Str(node, "en") ?? id, Str(node, "qid"), Str(node, "of") ?? throw new InvalidDataException($"office {id} has no 'of'"),
            (node["titles"]?.AsArray() ?? []).Select(t => t!.GetValue<string>()).ToList(),
            (node["holders"]?.AsArray() ?? []).OfType<JsonNode>().Select(h => new OfficeTerm(
                Str(h, "name") ?? throw new InvalidDataException($"office {id}: a holder without 'name'"),
                Date(id, h, "from") ?? throw new InvalidDataException($"office {id}: {Str(h, "name")} has no 'from'"),
                Date(id, h, "to"), Str(h, "qid"), Flag(h, "acting")) { Note = Str(h, "note") }).ToList(),
            (node["vacancies"]?.AsArray() ?? []).OfType<JsonNode>().Select(v => new OfficeVacancy(
                Date(id, v, "from")!.Value, Date(id, v, "to")!.Value, Str(v, "note") ?? "")).ToList())
        {
            HolderType = Str(node, "holderType") is { } type ? HolderTypeOf(id, type) : EntityType.Person,
            HeadsGovernment = Flag(node, "headsGovernment"),
        };
    }

    private static EntityType HolderTypeOf(string office, string type) =>
        ContractNames.TryParse<EntityType>(type, out var parsed) && parsed is EntityType.Person or EntityType.Country ? parsed
        : throw new InvalidDataException($"office {office}: holderType '{type}' is neither PERSON nor COUNTRY");

    private static bool Flag(JsonNode node, string key) => node[key]?.GetValue<bool>() ?? false;

    private static DateOnly? Date(string office, JsonNode node, string key) =>
        Str(node, key) is not { } text ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw new InvalidDataException($"office {office}: '{text}' in '{key}' is not a YYYY-MM-DD date");

    private static string? Str(JsonNode node, string key) => node[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
