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
    qint64 eventsChecked = 0;
    qint64 firstBadId = 0; ///< the first event altered, removed or out of place; 0 when intact
    QString problem;       ///< a sentence naming that event and what is wrong with it
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

    /// Walks the whole chain. `progress(done, total)` may return false to cancel (the result then says so).
    Result<AuditVerification> verify(const std::function<bool(qint64, qint64)> &progress = {}) const;

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
