#pragma once

#include "../Result.h"
#include "../net/ProviderClient.h"

#include <QObject>

namespace keyturn {

class WorkspaceStore;

/// What one sync changed.
struct SyncReport
{
    int users = 0; ///< users the provider listed
    int keys = 0;  ///< keys the provider listed
    int consumersAdded = 0;
    int consumersUpdated = 0;
    int credentialsAdded = 0;
    int keyVersionsAdded = 0;
    int keyStatesChanged = 0;
    int usageUpdated = 0;

    bool changedAnything() const
    {
        return consumersAdded || consumersUpdated || credentialsAdded || keyVersionsAdded || keyStatesChanged;
    }
};

/// Pulls users, keys and usage from a provider into the inventory: each user becomes a consumer, each of a user's
/// named keys an issued credential whose versions are the provider's key versions. Idempotent: a second sync with
/// nothing new at the provider changes nothing and audits nothing. All of one sync is one transaction.
class ProviderSync : public QObject
{
    Q_OBJECT
public:
    ProviderSync(WorkspaceStore &store, ProviderClient &provider, QObject *parent = nullptr);

    /// Issued credentials created by sync get this rotation interval (days).
    void setDefaultIntervalDays(int days) { m_defaultIntervalDays = days; }

    void run(std::function<void(Result<SyncReport>)> done);

private:
    Result<SyncReport> apply(const QList<ProviderUser> &users, const QList<ProviderKey> &keys);

    WorkspaceStore &m_store;
    ProviderClient &m_provider;
    int m_defaultIntervalDays = 180;
};

} // namespace keyturn
