#pragma once

#include "../Result.h"

#include <QDateTime>

#include <functional>

namespace keyturn {

class Connections;
class Workspace;

/// What the demo world holds once built.
struct DemoSummary
{
    int heldKeys = 0;
    int issuedKeys = 0;
    int consumers = 0;
    int rotations = 0;
    qint64 auditEvents = 0;
};

/// The campaign `keyturn --demo` opens once its consumers are synced.
struct DemoCampaignSummary
{
    qint64 campaignId = 0;
    QList<qint64> runIds;
    int pendingNotices = 0; ///< drafted by the campaign's starter, waiting for someone else's approval
    int sentNotices = 0;
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
    /// Opens the demo's live campaign on a workspace whose consumers and issued keys were synced through
    /// `connections` (it needs their provider references): about eight production keys of consumers with different
    /// integration patterns, started by demoCampaignStarter() with a 30-day deadline and the escalate policy. Each
    /// run is advanced to notify its consumer, the first notices are drafted into the approval queue (pending, so
    /// the demo's own user may approve them), and demoApprover() approves and sends two of them through the
    /// profile's mail transport. Every change is audited under those names.
    static void openDemoCampaign(Workspace &workspace, Connections &connections,
                                 std::function<void(Result<DemoCampaignSummary>)> done);
    /// Who starts the demo's campaign (and so drafted its notices).
    static QString demoCampaignStarter() { return QStringLiteral("frank"); }
    /// Who approved the demo campaign's notices that were already sent.
    static QString demoApprover() { return QStringLiteral("gina"); }
    /// The simulated provider id keyturn-sandbox uses for a provider's display name ("Internal API Gateway" →
    /// "internal-gateway").
    static QString providerId(const QString &providerName);
};

} // namespace keyturn
