#pragma once

#include "Result.h"

#include <QHash>
#include <QObject>
#include <QSet>

class QThread;

#include <functional>
#include <memory>

class QTimer;

namespace keyturn {

class AuditLog;
class Clock;
class Connections;
class RotationEngine;
class TokenStore;
struct ConnectionProfile;
class Database;
class InventoryModel;
class CampaignNotices;
class NoticeSender;
class NoticeStore;
class WorkspaceStore;
struct AlertRecompute;

/// The composition root of one workspace: the database, the audit log, the store and the models the UI binds to.
class Workspace : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool createIfMissing = true;
        /// A team workspace's password from the keychain (held in memory only); else PGPASSWORD / ~/.pgpass.
        QString password;
    };

    /// Opens the workspace at `location` acting as `actor`. A team workspace (postgresql://…) acts as its database
    /// user instead: `actor` is not used there. On failure nothing was changed.
    static Result<std::unique_ptr<Workspace>> open(const QString &location, const QString &actor, const Clock &clock,
                                                   const Options &options);
    static Result<std::unique_ptr<Workspace>> open(const QString &location, const QString &actor, const Clock &clock)
    {
        return open(location, actor, clock, Options{});
    }
    ~Workspace() override;

    /// The operating-system user, the default acting identity.
    static QString defaultActor();
    /// The workspace file used when none is named: under the user's data directory.
    static QString defaultLocation();
    /// Where `--demo` builds its workspace when none is named.
    static QString demoLocation();

    Database &database() const { return *m_db; }
    AuditLog &audit() const { return *m_audit; }
    WorkspaceStore &store() const { return *m_store; }
    /// Notices, templates and campaigns (the approval queue's data), acting as actor().
    NoticeStore &notices() const { return *m_notices; }
    /// Drafts the notices of open campaigns and reports where each consumer stands.
    CampaignNotices &campaignNotices() const { return *m_campaignNotices; }
    InventoryModel *inventoryModel() const { return m_inventory; }
    const Clock &clock() const { return m_clock; }
    QString actor() const;
    QString location() const;

    /// The stored connection profile (an empty one when none was set).
    Result<ConnectionProfile> profile(const QString &name = QStringLiteral("default")) const;
    /// Validates and stores a profile (audited; it holds no token).
    Result<void> saveProfile(const ConnectionProfile &profile);
    /// The token store of a profile of this workspace: environment variables, else the OS keychain.
    Result<TokenStore *> tokenStore(const QString &profileName = QStringLiteral("default"));

    /// (Re)builds the live connections of the default profile and loads their tokens (environment, then keychain);
    /// then connections() and rotationEngine() are available. A missing token is reported when a service is used.
    void connectServices(std::function<void(Result<void>)> done);
    /// nullptr until connectServices() has succeeded.
    Connections *connections() const { return m_connections; }
    /// The rotation engine on the live connections; nullptr until connectServices() has succeeded.
    RotationEngine *rotationEngine() const { return m_engine; }
    /// Delivers approved notices through the profile's mail transport; nullptr until connectServices() has succeeded.
    NoticeSender *noticeSender() const { return m_sender; }

    /// Re-evaluates the monitoring rules (AlertCenter::recompute) on a worker thread over a connection of its own to
    /// the workspace, so that 100,000 keys never hold the window still; `done` runs on this object's thread. A request
    /// while one runs is folded into one more run after it, and every waiting `done` hears of that run.
    void recomputeAlertsInBackground(std::function<void(Result<AlertRecompute>)> done);
    /// Whether a background recompute is running or queued.
    bool isRecomputingAlerts() const { return m_alertThread != nullptr; }
    /// Reads the inventory into inventoryModel() on a worker thread over a connection of its own: the window is
    /// built meanwhile (InventoryModel::reloadInBackground; finishLoading() waits for it).
    void reloadInventoryInBackground();

Q_SIGNALS:
    /// Another client changed rows of this team workspace (PostgreSQL LISTEN/NOTIFY, gathered for a moment): the
    /// table, the changed rows' ids, and the credentials they belong to. The inventory model refreshes itself; views
    /// of other tables listen here. A workspace file has no other clients and never emits this.
    void remoteChanges(const QString &table, const QList<qint64> &ids, const QList<qint64> &credentialIds);

private:
    Workspace(std::unique_ptr<Database> db, const QString &actor, const Clock &clock);
    void listenForChanges();
    void dispatchChanges();

    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<WorkspaceStore> m_store;
    std::unique_ptr<NoticeStore> m_notices;
    std::unique_ptr<CampaignNotices> m_campaignNotices;
    const Clock &m_clock;
    InventoryModel *m_inventory = nullptr;
    TokenStore *m_tokenStore = nullptr;
    Connections *m_connections = nullptr;
    RotationEngine *m_engine = nullptr;
    NoticeSender *m_sender = nullptr;
    QThread *m_alertThread = nullptr;
    QTimer *m_changeTimer = nullptr;
    QHash<QString, QSet<qint64>> m_changedIds;         ///< by table, since the last dispatch
    QHash<QString, QSet<qint64>> m_changedCredentials; ///< by table, since the last dispatch
    bool m_alertsAgain = false;
    QList<std::function<void(Result<AlertRecompute>)>> m_alertRunning; ///< told when the running recompute ends
    QList<std::function<void(Result<AlertRecompute>)>> m_alertWaiting; ///< told when the queued one ends
    void startAlertRecompute();
    /// Runs `work` with a store over a new connection to this workspace: for worker threads, since a QtSql
    /// connection belongs to the thread that opened it.
    template<typename T>
    static Result<T> withOwnStore(const QString &location, const QString &actor, const Clock &clock,
                                  const std::function<Result<T>(WorkspaceStore &)> &work);
};

} // namespace keyturn
