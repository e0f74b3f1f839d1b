#pragma once

#include "../Result.h"

#include <QDateTime>

namespace keyturn {

/// What the demo world holds once built.
struct DemoSummary
{
    int heldKeys = 0;
    int issuedKeys = 0;
    int consumers = 0;
    int rotations = 0;
    qint64 auditEvents = 0;
};

/// Builds the demo workspace: held keys in the shape of the rotation guide's inventory (payment, mail, gateway and
/// more, across production, staging and development), about 200 API consumers with issued keys, and a year of
/// rotation history, written through the store so every event is in the audit chain. Deterministic for a seed.
class DemoWorld
{
public:
    enum class Consumers
    {
        Local,        ///< consumers and their issued keys are written here too
        FromProvider, ///< left out: `keyturn --demo` syncs them from its in-process sandbox
    };
    /// Replaces whatever is at `path` with a fresh demo workspace whose present is `now`.
    /// With `providerBase` (a keyturn-sandbox URL), held keys' provider API points at its simulated providers
    /// (`{providerBase}/providers/{id}`), so rotations can be rehearsed against it.
    static Result<DemoSummary> create(const QString &path, const QDateTime &now, quint32 seed = 42,
                                      Consumers consumers = Consumers::Local, const QString &providerBase = {});
    /// The simulated provider id keyturn-sandbox uses for a provider's display name ("Internal API Gateway" →
    /// "internal-gateway").
    static QString providerId(const QString &providerName);
};

} // namespace keyturn
