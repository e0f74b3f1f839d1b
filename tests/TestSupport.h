#pragma once

#include "core/audit/AuditLog.h"
#include "core/domain/Clock.h"
#include "core/domain/Fingerprint.h"
#include "core/store/Database.h"
#include "core/store/WorkspaceStore.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace keyturn::test {

/// A fixed "now" for tests: 2026-11-24 12:00 UTC.
inline QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
}

/// A workspace database in a temporary folder with an audit log and a store, all on a manual clock.
struct StoreFixture
{
    QTemporaryDir dir;
    ManualClock clock{fixedNow()};
    std::unique_ptr<Database> db;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<WorkspaceStore> store;

    explicit StoreFixture(const QString &actor = QStringLiteral("alice"))
    {
        auto opened = Database::open(path());
        if (!opened)
            qFatal("cannot open test workspace: %s", qPrintable(opened.errorMessage()));
        db = std::move(opened.value());
        audit = std::make_unique<AuditLog>(*db, clock);
        store = std::make_unique<WorkspaceStore>(*db, *audit, clock, actor);
    }
    QString path() const { return dir.filePath(QStringLiteral("test.keyturn")); }

    qint64 scalar(const QString &sql) const
    {
        QSqlQuery q(db->connection());
        if (!q.exec(sql) || !q.next())
            qFatal("query failed: %s", qPrintable(sql));
        return q.value(0).toLongLong();
    }
};

inline Credential heldCredential(const QString &name, int intervalDays = 30)
{
    Credential c;
    c.name = name;
    c.kind = CredentialKind::Held;
    c.provider = QStringLiteral("Stripe");
    c.environment = QStringLiteral("production");
    c.owner = QStringLiteral("payments-team");
    c.usedBy = {QStringLiteral("payment-service"), QStringLiteral("billing-service")};
    c.vaultPath = QStringLiteral("secret/prod/") + name;
    c.rotationIntervalDays = intervalDays;
    c.criticality = QStringLiteral("high");
    return c;
}

inline KeyVersion currentKey(qint64 credentialId, const QByteArray &keyBytes, const QDateTime &lastUsed = {})
{
    KeyVersion k;
    k.credentialId = credentialId;
    k.providerKeyId = QStringLiteral("key_") + QString::fromLatin1(sha256Hex(keyBytes).left(8));
    k.fingerprint = fingerprintOf(keyBytes);
    k.prefix = QStringLiteral("sk_live_") + QString::fromLatin1(keyBytes.left(2).toHex());
    k.state = KeyState::Current;
    k.lastUsedAt = lastUsed;
    return k;
}

} // namespace keyturn::test
