#pragma once

#include <QString>

namespace keyturn {

/// A name for this process as the holder of a lease or claim: host:pid:random. Another process on the same host can
/// tell from it whether the holder still runs.
QString newHolderName();
/// True when `holder` names a process on this host that no longer exists (killed or crashed while holding).
/// A holder on another host is never judged gone: only its lease's expiry tells.
bool holderIsGone(const QString &holder);
/// For crash-safety tests only: when KEYTURN_TEST_CRASH_AT equals `point` (after:<state>, before:<state>), the
/// process ends at once, exactly as if it had been killed there.
void testCrashPoint(const QString &point);

} // namespace keyturn
