#pragma once

#include "../Result.h"
#include "AuditEvent.h"

#include <functional>

namespace keyturn {

class Clock;
class Database;

/// What verification found.
struct AuditVerification
{
    bool intact = true;
    bool cancelled = false; ///< stopped by the progress callback: nothing was concluded (intact is false)
    qint64 eventsChecked = 0;
    qint64 firstBadId = 0; ///< the first event altered, removed or out of place; 0 when intact
    QString problem;       ///< a sentence naming that event and what is wrong with it
    qint64 headId = 0;     ///< the last event checked (the chain's head when intact)
    QByteArray headHash;   ///< hash of the last event checked
};

/// The append-only, hash-chained audit log in the workspace database.
class AuditLog
{
public:
    AuditLog(Database &db, const Clock &clock);

    /// Appends an event inside the caller's open transaction, so it lands with the change it records or not at all.
    /// Fills in id, time (when not set), prev_hash and hash.
    Result<AuditEvent> append(AuditEvent event);

    /// Walks the whole chain up to the head record, checking for every event that its id follows the one before, that
    /// its prev_hash is the hash of the one before, and that its hash is SHA-256(prev_hash ‖ canonical JSON); then
    /// that the head record names the last event and that no row lies beyond it. The result names the first event
    /// that was altered, removed or reordered. `progress(done, total)` is called every few thousand events and may
    /// return false to cancel (the result then says cancelled). Reads only: call recordVerification() to log it.
    Result<AuditVerification> verify(const std::function<bool(qint64, qint64)> &progress = {}) const;

    /// Appends an "audit.verified" event by `actor` with the result, the events checked and the head hash, in its
    /// own transaction (the caller must not have one open). A cancelled verification is refused: it concluded nothing.
    Result<AuditEvent> recordVerification(const AuditVerification &verification, const QString &actor);

    /// The head record: the last event's id and hash (0 and the genesis hash for an empty log).
    Result<std::pair<qint64, QByteArray>> head() const;
    /// One event by id; an Error when there is none.
    Result<AuditEvent> event(qint64 id) const;

    /// Events with id > afterId, oldest first.
    Result<QList<AuditEvent>> events(qint64 afterId = 0, int limit = 1000) const;
    Result<qint64> count() const;
    /// Every event about one target (a run, a credential), oldest first.
    Result<QList<AuditEvent>> eventsFor(const QString &targetType, const QString &targetId) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace keyturn
