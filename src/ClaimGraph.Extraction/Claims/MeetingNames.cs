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

    public bool NamesMeeting(string key, Mention m)
    {
        if (m.Type != EntityType.Organization) return false;
        if (_interviews.StartsAt(key, m.Local.End, key.Length)) return true;
        var meeting = _events.LengthAt(key, m.Local.End, key.Length);
        return meeting > 0 && IsSetting(key, m.Local.End + meeting) && !IsAttended(key, m.Local.Start);
    }

    /// <summary>A setting word right after the meeting (峰会上, 峰会后), or a longer one further on in the clause (…召开期间).</summary>
    private bool IsSetting(string key, int after)
    {
        if (_settings.StartsAt(key, after, key.Length)) return true;
        var end = ClauseEnd(key, after, Math.Min(key.Length, after + MaxSettingReach));
        return _settings.FindAll(key, after, end).Any(s => s.Length >= 2);
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
