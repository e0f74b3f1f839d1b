#include "Workspace.h"

#include "Memory.h"
#include "audit/AuditLog.h"
#include "domain/Clock.h"
#include "models/InventoryModel.h"
#include "monitoring/AlertCenter.h"
#include "net/ConnectionProfile.h"
#include "net/Connections.h"
#include "net/TokenStore.h"
#include "notices/CampaignNotices.h"
#include "notices/NoticeSender.h"
#include "notices/NoticeStore.h"
#include "rotation/RotationEngine.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/WorkspaceStore.h"

#include <QDir>
#include <QJsonDocument>
#include <QPointer>
#include <QSqlDriver>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

namespace keyturn {

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &location, const QString &actor, const Clock &clock,
                                                   const Options &options)
{
    const bool team = Database::isServerLocation(location);
    if (!team && actor.trimmed().isEmpty())
        return Error{tr("No acting identity: name one with --actor.")};
    Database::Options dbOptions;
    dbOptions.createIfMissing = options.createIfMissing;
    dbOptions.password = options.password;
    auto db = Database::open(location, dbOptions);
    if (!db)
        return db.error();
    // In team mode the database user acts: it is who the server lets in, and what its roles allow.
    const QString who = team ? db.value()->serverUser() : actor.trimmed();
    return std::unique_ptr<Workspace>(new Workspace(std::move(db.value()), who, clock));
}

Workspace::Workspace(std::unique_ptr<Database> db, const QString &actor, const Clock &clock)
    : m_db(std::move(db)), m_clock(clock)
{
    m_audit = std::make_unique<AuditLog>(*m_db, m_clock);
    m_store = std::make_unique<WorkspaceStore>(*m_db, *m_audit, m_clock, actor);
    m_notices = std::make_unique<NoticeStore>(*m_db, *m_audit, m_clock, actor);
    m_campaignNotices = std::make_unique<CampaignNotices>(*m_store, *m_notices, m_clock);
    m_inventory = new InventoryModel(*m_store, m_clock, this);
    if (m_db->backend() == Database::Backend::Postgres)
        listenForChanges();
}

void Workspace::listenForChanges()
{
    QSqlDriver *driver = m_db->connection().driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return;
    if (!driver->subscribeToNotification(QString::fromLatin1(kChangeChannel)))
        return; // the workspace still works; other clients' changes show on the next reload
    m_changeTimer = new QTimer(this);
    m_changeTimer->setSingleShot(true);
    m_changeTimer->setInterval(150); // a burst (a batch approval, a sync) arrives as one refresh
    connect(m_changeTimer, &QTimer::timeout, this, &Workspace::dispatchChanges);
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                if (name != QLatin1String(kChangeChannel) || source == QSqlDriver::SelfSource)
                    return; // this connection's own changes: the window that made them has shown them
                const QStringList parts = payload.toString().split(QLatin1Char(':'));
                if (parts.size() != 3)
                    return;
                bool ok = false;
                const qint64 id = parts.at(1).toLongLong(&ok);
                if (!ok)
                    return;
                m_changedIds[parts.at(0)].insert(id);
                if (const qint64 credential = parts.at(2).toLongLong(); credential > 0)
                    m_changedCredentials[parts.at(0)].insert(credential);
                if (!m_changeTimer->isActive())
                    m_changeTimer->start();
            });
}

void Workspace::dispatchChanges()
{
    const auto ids = std::exchange(m_changedIds, {});
    const auto credentials = std::exchange(m_changedCredentials, {});
    // the inventory's rows: a credential, its keys or its runs (the latest run's state shows) changed
    QSet<qint64> inventoryRows;
    for (const char *table : {"credentials", "key_versions", "rotation_runs"})
        inventoryRows.unite(credentials.value(QString::fromLatin1(table)));
    if (inventoryRows.size() > 5000)
        reloadInventoryInBackground(); // an import or a sync of thousands: one read beats thousands of probes
    else if (!inventoryRows.isEmpty())
        m_inventory->refreshRows(inventoryRows.values());
    for (auto it = ids.cbegin(); it != ids.cend(); ++it)
        Q_EMIT remoteChanges(it.key(), it.value().values(), credentials.value(it.key()).values());
}

Workspace::~Workspace()
{
    // A background recompute holds its own connection; let it finish its transaction rather than cut it off.
    if (m_alertThread) {
        m_alertThread->disconnect(this);
        m_alertThread->wait();
        delete m_alertThread;
        m_alertThread = nullptr;
    }
    // The model and the engine work through the store; drop them before the store and the database go.
    delete m_sender;
    m_sender = nullptr;
    delete m_engine;
    m_engine = nullptr;
    delete m_connections;
    m_connections = nullptr;
    delete m_inventory;
    m_inventory = nullptr;
}

QString Workspace::defaultActor()
{
    for (const char *var : {"KEYTURN_ACTOR", "USER", "LOGNAME", "USERNAME"}) {
        const QString value = qEnvironmentVariable(var).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("unknown");
}

QString Workspace::defaultLocation()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("workspace.keyturn"));
}

QString Workspace::demoLocation()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.keyturn"));
}

QString Workspace::actor() const
{
    return m_store->actor();
}

QString Workspace::location() const
{
    return m_db->location();
}

} // namespace keyturn

namespace keyturn {

Result<ConnectionProfile> Workspace::profile(const QString &name) const
{
    auto stored = m_store->setting(ConnectionProfile::settingsKey(name));
    if (!stored)
        return stored.error();
    if (!stored->has_value()) {
        ConnectionProfile empty;
        empty.name = name;
        return empty;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson((*stored)->toUtf8(), &error);
    if (!doc.isObject())
        return Error{tr("the stored connection profile '%1' is damaged (%2); set it again with 'keyturnctl profile "
                        "set'")
                         .arg(name, error.errorString())};
    auto profile = ConnectionProfile::fromJson(doc.object());
    if (!profile)
        return Error{tr("the stored connection profile '%1' is not valid: %2").arg(name, profile.errorMessage())};
    return profile;
}

Result<void> Workspace::saveProfile(const ConnectionProfile &profile)
{
    if (auto v = profile.validate(); !v)
        return v;
    const QJsonObject json = profile.toJson();
    return m_store->setSetting(ConnectionProfile::settingsKey(profile.name),
                               QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)),
                               QStringLiteral("profile.updated"), json);
}

Result<TokenStore *> Workspace::tokenStore(const QString &profileName)
{
    auto id = m_store->workspaceId();
    if (!id)
        return id.error();
    const QString scope = *id + QLatin1Char('/') + profileName;
    if (!m_tokenStore || m_tokenStore->objectName() != scope) {
        delete m_tokenStore;
        m_tokenStore = new TokenStore(scope, this);
        m_tokenStore->setObjectName(scope);
    }
    return m_tokenStore;
}

} // namespace keyturn

namespace keyturn {

void Workspace::connectServices(std::function<void(Result<void>)> done)
{
    auto p = profile();
    if (!p)
        return done(p.error());
    auto store = tokenStore(p->name);
    if (!store)
        return done(store.error());
    delete m_sender;
    m_sender = nullptr;
    delete m_engine;
    m_engine = nullptr;
    delete m_connections;
    m_connections = new Connections(p.value(), this);
    QPointer<Connections> connections = m_connections;
    const QString from = p->fromAddress;
    connections->loadTokens(*store.value(), [this, connections, done, from](NetResult<Done> loaded) {
        if (!connections || connections != m_connections)
            return; // replaced by a newer connect
        m_engine = new RotationEngine(*m_store, *m_connections, m_clock, this);
        m_sender = new NoticeSender(*m_notices, *m_store, m_connections->mail(), m_clock, from, this);
        if (!loaded)
            return done(Error{loaded.error().message});
        done({});
    });
}

} // namespace keyturn

namespace keyturn {

template<typename T>
Result<T> Workspace::withOwnStore(const QString &location, const QString &actor, const Clock &clock,
                                  const std::function<Result<T>(WorkspaceStore &)> &work)
{
    // its own connection, store and audit log
    Database::Options options;
    options.createIfMissing = false;
    auto db = Database::open(location, options);
    if (!db)
        return db.error();
    AuditLog audit(**db, clock);
    WorkspaceStore store(**db, audit, clock, actor);
    return work(store);
}

void Workspace::reloadInventoryInBackground()
{
    m_inventory->reloadInBackground(
        [location = m_db->location(), actor = actor(), &clock = m_clock](const QDateTime &now) {
            return withOwnStore<InventoryModel::Snapshot>(
                location, actor, clock, [&now](WorkspaceStore &store) { return InventoryModel::load(store, now); });
        });
}

void Workspace::recomputeAlertsInBackground(std::function<void(Result<AlertRecompute>)> done)
{
    if (m_alertThread) {
        m_alertsAgain = true;
        if (done)
            m_alertWaiting.append(std::move(done));
        return;
    }
    if (done)
        m_alertRunning.append(std::move(done));
    startAlertRecompute();
}

void Workspace::startAlertRecompute()
{
    auto result = std::make_shared<std::optional<Result<AlertRecompute>>>();
    const QString location = m_db->location();
    const QString actor = this->actor();
    const Clock &clock = m_clock;
    m_alertThread = QThread::create([result, location, actor, &clock] {
        // The writes take the database's write lock (BEGIN IMMEDIATE) like any other process's would.
        *result = withOwnStore<AlertRecompute>(location, actor, clock,
                                               [](WorkspaceStore &store) { return AlertCenter(store).recompute(); });
    });
    connect(m_alertThread, &QThread::finished, this, [this, result] {
        m_alertThread->deleteLater();
        m_alertThread = nullptr;
        const Result<AlertRecompute> outcome =
            result->has_value() ? **result : Result<AlertRecompute>(Error{tr("The alert check stopped unexpectedly.")});
        const auto told = std::exchange(m_alertRunning, {});
        if (m_alertsAgain) {
            m_alertsAgain = false;
            m_alertRunning = std::exchange(m_alertWaiting, {});
            startAlertRecompute();
        }
        for (const auto &done : told)
            done(outcome);
        returnFreedMemory(); // what the checking thread built and freed
    });
    m_alertThread->start(QThread::LowPriority);
}

} // namespace keyturn
