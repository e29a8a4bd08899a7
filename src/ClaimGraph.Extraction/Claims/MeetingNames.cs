using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// An organization that only names a meeting or an interview (G20峰会结束后, 在东盟外长会议上, 接受卫星通讯社采访时): where
/// the act happens or who asks, no party to it. A summit that acts (七国集团峰会公报批评中国) and a meeting attended
/// (出席第43届东盟峰会) keep their organization; train's gold never makes a meeting's setting a party.
/// </summary>
public sealed class MeetingNames(ClaimCues cues)
{
    /// <summary>How far after the meeting a setting word may stand (G20峰会于印尼巴厘岛召开期间).</summary>
    private const int MaxSettingReach = 12;

    /// <summary>How far before the organization an attendance verb may stand (将出席在雅加达举行的东盟峰会).</summary>
    private const int MaxAttendanceReach = 15;

    private readonly WordList _events = new(cues.EventNouns);
    private readonly WordList _interviews = new(cues.InterviewNouns);
    private readonly WordList _settings = new(cues.EventSettings);
    private readonly WordList _attendance = new(cues.EventAttendance);
    private readonly WordList _meetingEnds = new([.. cues.EventNouns, .. cues.MeetingNameEnds]);
    private readonly WordList _settingStops = new(cues.EventSettingStops);
    private readonly WordList _held = new(cues.EventHeld);

    public bool NamesMeeting(string key, Mention m)
    {
        if (m.Type != EntityType.Organization) return false;
        if (_interviews.StartsAt(key, m.Local.End, key.Length)) return true;
        var after = m.Local.End;
        var meeting = _events.LengthAt(key, after, key.Length);
        if (meeting == 0)
        {
            // A meeting by its own name (慕尼黑安全会议, 联合国大会) is set as a meeting after it is (在联合国大会上), or
            // by its session or part (联合国大会第七十七届会议期间, 联合国大会一般性辩论上).
            if (!IsMeetingByName(key, m)) return false;
            after += Ordinal(key, after);
            meeting = _events.LengthAt(key, after, key.Length);
        }
        return IsSetting(key, after + meeting) && !IsAttended(key, m.Local.Start);
    }

    /// <summary>An organization whose name is a meeting's: it ends in a meeting noun (会议, 论坛, 大会).</summary>
    private bool IsMeetingByName(string key, Mention m)
    {
        for (var start = m.Local.Start; start < m.Local.End - 1; start++)
            if (_meetingEnds.LengthAt(key, start, m.Local.End) == m.Local.End - start) return true;
        return false;
    }

    /// <summary>The length of a session's ordinal right at <paramref name="at"/> (第七十七届), or 0.</summary>
    private static int Ordinal(string key, int at)
    {
        if (at >= key.Length || key[at] != '第') return 0;
        var end = key.AsSpan(at, Math.Min(MaxOrdinalLength, key.Length - at)).IndexOfAny('届', '次');
        return end < 0 ? 0 : end + 1;
    }

    private const int MaxOrdinalLength = 8;

    /// <summary>
    /// A setting word right after the meeting (峰会上, 峰会后) that begins no longer word of time (上周, 后来, 时隔: the
    /// meeting then acts, 联合国大会上周通过决议), or a longer one further on in the clause once the meeting is said to be
    /// held (…于印尼巴厘岛召开期间, not 联合国大会通过谴责俄罗斯的决议之后, where it acts).
    /// </summary>
    private bool IsSetting(string key, int after)
    {
        if (_settings.StartsAt(key, after, key.Length) && !_settingStops.StartsAt(key, after, key.Length)) return true;
        var end = ClauseEnd(key, after, Math.Min(key.Length, after + MaxSettingReach));
        var held = _held.FindAll(key, after, end).Select(h => h.Start).DefaultIfEmpty(-1).Min();
        return held >= 0 && _settings.FindAll(key, held, end).Any(s => s.Length >= 2);
    }

    private bool IsAttended(string key, int name)
    {
        var start = Math.Max(0, name - MaxAttendanceReach);
        var lastBreak = key.AsSpan(start, name - start).LastIndexOfAny(ClauseBreaks.Characters);
        return _attendance.FindAll(key, lastBreak < 0 ? start : start + lastBreak + 1, name).Any();
    }

    private static int ClauseEnd(string key, int from, int limit)
    {
        var at = key.AsSpan(from, limit - from).IndexOfAny(ClauseBreaks.Characters);
        return at < 0 ? limit : from + at;
    }
}
