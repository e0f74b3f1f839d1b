#pragma once

#include "../Result.h"
#include "AuditEvent.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace keyturn {

class Database;

/// Which audit events to show or export. Empty fields do not filter; the fields given must all match.
struct AuditFilter
{
    QDateTime since; ///< inclusive, UTC; invalid: from the first event
    QDateTime until; ///< exclusive, UTC; invalid: to the last event
    /// Action types: an exact action ("notice.approved"), or a prefix ending in '.' or '*' ("rotation." and
    /// "rotation.*" both match every rotation event). Any one of them matches.
    QStringList actions;
    QString actor; ///< exactly who acted
    /// A credential, by name or id: its own events, its key versions', its rotation runs', and those of the notices,
    /// campaigns and alerts that belong to it or to its runs.
    QString key;
    std::optional<int> keyVersion;
    /// A substring of the actor, action, target ("run 12"), either fingerprint or the details; case-insensitive
    /// for ASCII letters.
    QString text;

    bool isEmpty() const;
    /// The filter in words, for messages and the evidence pack ("since 2026-01-01T00:00:00.000Z, type rotation.").
    QString describe() const;
    friend bool operator==(const AuditFilter &, const AuditFilter &) = default;
};

/// True for an action pattern that matches by prefix ("rotation." or "rotation.*").
bool isActionPrefix(const QString &pattern);

/// Pages run by time, then by id (the chain's order whenever the clock only moved forward).
enum class AuditOrder
{
    NewestFirst,
    OldestFirst
};

/// One page of filtered events.
struct AuditPage
{
    QList<AuditEvent> events; ///< in the order asked for
    /// Nothing further matches in this direction.
    bool atEnd = false;
    /// Pass as `afterId` to continue: the last event of the page, or the last row a cut-off scan looked at.
    qint64 resumeAfterId = 0;
    /// Free text and combined filters are answered by scanning a bounded number of rows (AuditQuery::scanLimit());
    /// true when that bound stopped the page before it was full. Continue from resumeAfterId to look further.
    bool scanCutOff = false;
    /// When scanCutOff: the time of the last row looked at ("searched back to …").
    QDateTime scannedTo;
};

/// The events around one event, for "jump to event".
struct AuditWindow
{
    QList<AuditEvent> events; ///< newest first; holds the event asked for
    int focus = -1;           ///< that event's index in `events`
    bool newerAtEnd = true;   ///< nothing newer matches the filter
    qint64 newerResumeId = 0; ///< continue towards newer events with page(OldestFirst, newerResumeId)
    bool olderAtEnd = true;
    qint64 olderResumeId = 0; ///< continue towards older events with page(NewestFirst, olderResumeId)
};

/// How many events match. Counting a million rows is not free, so counts stop at a cap.
struct AuditCount
{
    qint64 value = 0;
    /// False when the count stopped at the cap, or a filter that scans (free text, combined filters) reached the
    /// scan limit: `value` is then a lower bound ("at least value").
    bool exact = true;
};

/// Filtered, keyset-paged reads of the audit log. Every page is an index range of the filter's most selective part
/// (time, action, actor, the key's targets, key version: indexes ending in (at, id)), never an OFFSET, so a page costs
/// the same at the first event as at the millionth. The remaining parts of a filter, and free text, are checked on at
/// most scanLimit() rows per call.
class AuditQuery
{
public:
    static constexpr int kDefaultScanLimit = 10000;

    explicit AuditQuery(const Database &db);

    /// Rows one page (or count) may look at beyond the index range of its driving filter. The default keeps a page
    /// of free-text search under 50 ms on the reference machine (about 2 µs a row).
    void setScanLimit(int rows) { m_scanLimit = std::max(1, rows); }
    int scanLimit() const { return m_scanLimit; }

    /// Up to `limit` events matching `filter`, in `order`, after event `afterId` in that order (0: from the start:
    /// the newest event for NewestFirst, the oldest for OldestFirst). An unknown key is an Error.
    Result<AuditPage> page(const AuditFilter &filter, AuditOrder order, qint64 afterId = 0, int limit = 100) const;
    /// About `limit` events around `eventId` (half newer, half older). An Error when the event does not exist or does
    /// not match the filter.
    Result<AuditWindow> pageAround(const AuditFilter &filter, qint64 eventId, int limit = 100) const;
    /// How many events match, up to `cap` (see AuditCount).
    Result<AuditCount> count(const AuditFilter &filter, qint64 cap = 10000) const;
    /// Whether event `eventId` exists and matches the filter.
    Result<bool> matches(const AuditFilter &filter, qint64 eventId) const;
    Result<AuditEvent> event(qint64 id) const;

    /// Every matching event with id <= `upToId` (0: all), in chain (id) order, one at a time without holding them:
    /// for exports. `visit` returns false to stop early. Returns the number of events visited.
    Result<qint64> forEach(const AuditFilter &filter, const std::function<bool(const AuditEventView &)> &visit,
                           qint64 upToId = 0) const;

    /// The distinct actions and actors in the log, sorted (for the filter pickers; a few index seeks each).
    Result<QStringList> actionNames() const;
    Result<QStringList> actorNames() const;

private:
    const Database &m_db;
    int m_scanLimit = kDefaultScanLimit;
};

} // namespace keyturn
