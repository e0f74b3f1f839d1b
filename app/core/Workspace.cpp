#include "Workspace.h"

#include "audit/AuditLog.h"
#include "domain/Clock.h"
#include "models/InventoryModel.h"
#include "store/Database.h"
#include "store/WorkspaceStore.h"

#include <QDir>
#include <QStandardPaths>

namespace keyturn {

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &location, const QString &actor, const Clock &clock,
                                                   const Options &options)
{
    if (actor.trimmed().isEmpty())
        return Error{tr("No acting identity: name one with --actor.")};
    Database::Options dbOptions;
    dbOptions.createIfMissing = options.createIfMissing;
    auto db = Database::open(location, dbOptions);
    if (!db)
        return db.error();
    return std::unique_ptr<Workspace>(new Workspace(std::move(db.value()), actor.trimmed(), clock));
}

Workspace::Workspace(std::unique_ptr<Database> db, const QString &actor, const Clock &clock)
    : m_db(std::move(db)), m_clock(clock)
{
    m_audit = std::make_unique<AuditLog>(*m_db, m_clock);
    m_store = std::make_unique<WorkspaceStore>(*m_db, *m_audit, m_clock, actor);
    m_inventory = new InventoryModel(*m_store, m_clock, this);
}

Workspace::~Workspace()
{
    // The model reads through the store; drop it before the store and the database go.
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
