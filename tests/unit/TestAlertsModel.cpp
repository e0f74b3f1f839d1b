#include "TestSupport.h"
#include "core/models/AlertsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>

using namespace keyturn;
using namespace keyturn::test;

namespace {
constexpr qint64 kDay = 86400;

qint64 addKey(StoreFixture &f, const QString &name, int intervalDays, int ageDays)
{
    auto id = f.store->createCredential(heldCredential(name, intervalDays));
    if (!id)
        qFatal("createCredential: %s", qPrintable(id.errorMessage()));
    KeyVersion k = currentKey(*id, name.toUtf8(), f.clock.now());
    k.activatedAt = f.clock.now().addSecs(-ageDays * kDay);
    if (auto r = f.store->addKeyVersion(k); !r)
        qFatal("addKeyVersion: %s", qPrintable(r.errorMessage()));
    return *id;
}
} // namespace

class TestAlertsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void passesModelTesterThroughReloads()
    {
        StoreFixture f;
        AlertCenter center(*f.store);
        AlertsModel model(center);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(AlertsModel::SortRole);
        proxy.sort(AlertsModel::Severity, Qt::DescendingOrder);

        model.reload();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(AlertsModel::ColumnCount));
        addKey(f, QStringLiteral("due-key"), 90, 80);
        const qint64 old = addKey(f, QStringLiteral("old-key"), 30, 50);
        QVERIFY(center.recompute().ok());
        model.reload();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(proxy.index(0, AlertsModel::Subject).data().toString(), QStringLiteral("old-key"));
        QCOMPARE(proxy.index(0, 0).data(AlertsModel::CredentialIdRole).toLongLong(), old);

        // acknowledging updates in place: the same rows in the same order, so no reset
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(center.acknowledge(model.alertAt(0).id, QStringLiteral("on it")).ok());
        model.reload();
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(model.index(0, 0).data(AlertsModel::AcknowledgedRole).toBool(), true);
        QVERIFY(model.index(0, AlertsModel::AcknowledgedBy).data().toString().startsWith(QStringLiteral("alice at ")));

        // a rotation clears the old key's alert: rows change
        QVERIFY(f.store->addKeyVersion(currentKey(old, "fresh", f.clock.now())).ok());
        QVERIFY(center.recompute().ok());
        model.reload();
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, AlertsModel::Subject).data().toString(), QStringLiteral("due-key"));
    }

    void showsColumnsAndRoles()
    {
        StoreFixture f;
        const qint64 cred = addKey(f, QStringLiteral("stripe-api-key"), 30, 2);
        const qint64 run = f.store->startRun(cred, QStringLiteral("manual"), {}, false, 3600).value();
        auto rec = f.store->run(run).value();
        QVERIFY(f.store
                    ->transitionRun(run, QStringLiteral("planned"), QStringLiteral("failed"), rec.data, {},
                                    QStringLiteral("vault unreachable"), {})
                    .ok());
        AlertCenter center(*f.store);
        QVERIFY(center.recompute().ok());
        AlertsModel model(center);
        QSignalSpy reloaded(&model, &AlertsModel::reloaded);
        model.reload();
        QCOMPARE(reloaded.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        const auto at = [&](int column, int role = Qt::DisplayRole) { return model.index(0, column).data(role); };
        QCOMPARE(at(AlertsModel::Severity).toString(), QStringLiteral("Critical"));
        QCOMPARE(at(AlertsModel::Severity, AlertsModel::SortRole).toInt(), 2);
        QCOMPARE(at(AlertsModel::Kind).toString(), QStringLiteral("Rotation failed"));
        QCOMPARE(at(AlertsModel::Subject).toString(), QStringLiteral("stripe-api-key · run #%1").arg(run));
        QVERIFY(at(AlertsModel::Message).toString().contains(QStringLiteral("vault unreachable")));
        QCOMPARE(at(AlertsModel::Raised).toString(), QStringLiteral("2026-11-24 12:00 UTC"));
        QCOMPARE(at(AlertsModel::AcknowledgedBy).toString(), QString());
        QCOMPARE(at(0, AlertsModel::RunIdRole).toLongLong(), run);
        QCOMPARE(at(0, AlertsModel::CredentialIdRole).toLongLong(), cred);
        QCOMPARE(at(0, AlertsModel::SeverityNameRole).toString(), QStringLiteral("critical"));
        QCOMPARE(at(0, AlertsModel::KindNameRole).toString(), QStringLiteral("rotation_failed"));
        QCOMPARE(model.headerData(AlertsModel::Raised, Qt::Horizontal).toString(), QStringLiteral("Raised (UTC)"));
        QCOMPARE(model.rowOfAlert(model.alertAt(0).id), 0);
        QCOMPARE(model.rowOfAlert(-5), -1);
    }
};

QTEST_GUILESS_MAIN(TestAlertsModel)
#include "TestAlertsModel.moc"
