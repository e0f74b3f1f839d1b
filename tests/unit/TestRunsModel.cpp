#include "TestSupport.h"
#include "core/models/RunsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>

using namespace keyturn;
using namespace keyturn::test;

class TestRunsModel : public QObject
{
    Q_OBJECT

    /// Starts a run of a fresh held credential at the fixture's current time and returns its id.
    static qint64 startRun(StoreFixture &f, const QString &name, const QString &kind = QStringLiteral("manual"))
    {
        const auto id = f.store->createCredential(heldCredential(name));
        if (!id)
            qFatal("createCredential: %s", qPrintable(id.errorMessage()));
        auto run =
            f.store->startRun(*id, kind, QJsonObject{{QStringLiteral("emergency"), kind == QLatin1String("emergency")}},
                              kind == QLatin1String("emergency"), 3600);
        if (!run)
            qFatal("startRun: %s", qPrintable(run.errorMessage()));
        return *run;
    }

    static void move(StoreFixture &f, qint64 runId, const QString &from, const QString &to, const QDateTime &next = {},
                     const QString &error = {})
    {
        auto run = f.store->run(runId);
        QVERIFY(run.ok());
        QVERIFY2(f.store->transitionRun(runId, from, to, run->data, next, error, {}).ok(), qPrintable(to));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void passesModelTester()
    {
        StoreFixture f;
        RunsModel model(*f.store, f.clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(RunsModel::SortRole);
        proxy.sort(RunsModel::Updated, Qt::DescendingOrder);

        model.reload();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(RunsModel::ColumnCount));
        const qint64 a = startRun(f, QStringLiteral("stripe-api-key"));
        f.clock.advanceSecs(60);
        const qint64 b = startRun(f, QStringLiteral("sendgrid-api-key"));
        model.reload();
        QCOMPARE(model.rowCount(), 2);
        move(f, a, QStringLiteral("planned"), QStringLiteral("prechecked"));
        f.clock.advanceSecs(60);
        const qint64 c = startRun(f, QStringLiteral("twilio-auth-token"), QStringLiteral("emergency"));
        model.reload();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(proxy.rowCount(), 3);
        QVERIFY(a < b && b < c);
        model.reload();
    }

    void newestFirstWithEveryColumn()
    {
        StoreFixture f;
        const qint64 first = startRun(f, QStringLiteral("stripe-api-key"));
        f.clock.advanceSecs(120);
        const qint64 second = startRun(f, QStringLiteral("sendgrid-api-key"), QStringLiteral("emergency"));
        move(f, first, QStringLiteral("planned"), QStringLiteral("failed"), {},
             QStringLiteral("the vault answered 503\nsecond line"));
        f.clock.advanceSecs(30);

        RunsModel model(*f.store, f.clock);
        model.reload();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.runAt(0).id, second);
        QCOMPARE(model.runAt(1).id, first);
        QCOMPARE(model.rowOfRun(first), 1);
        QCOMPARE(model.rowOfRun(9999), -1);

        const auto cell = [&model](int row, RunsModel::Column column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(0, RunsModel::Id).toLongLong(), second);
        QCOMPARE(cell(0, RunsModel::Credential).toString(), QStringLiteral("sendgrid-api-key"));
        QCOMPARE(cell(0, RunsModel::Kind).toString(), QStringLiteral("emergency"));
        QVERIFY(!cell(0, RunsModel::Kind, Qt::ToolTipRole).toString().isEmpty()); // urgent
        QCOMPARE(cell(0, RunsModel::State).toString(), QStringLiteral("planned"));
        QCOMPARE(cell(0, RunsModel::StartedBy).toString(), QStringLiteral("alice"));
        QCOMPARE(cell(0, RunsModel::StartedAt).toString(), QStringLiteral("2026-11-24 12:02 UTC"));
        QCOMPARE(cell(0, RunsModel::Updated).toString(), QStringLiteral("30 s ago"));
        QCOMPARE(cell(0, RunsModel::NextAction).toString(), QStringLiteral("due now"));
        QCOMPARE(cell(0, RunsModel::Error, RunsModel::RunIdRole).toLongLong(), second);

        QCOMPARE(cell(1, RunsModel::State).toString(), QStringLiteral("failed"));
        QCOMPARE(cell(1, RunsModel::State, RunsModel::StateNameRole).toString(), QStringLiteral("failed"));
        QCOMPARE(cell(1, RunsModel::Error).toString(), QStringLiteral("the vault answered 503"));
        QVERIFY(cell(1, RunsModel::Error, Qt::ToolTipRole).toString().contains(QLatin1String("second line")));
        QCOMPARE(cell(1, RunsModel::NextAction).toString(), QStringLiteral("operator: resume or roll back"));
        QCOMPARE(cell(1, RunsModel::StartedAt, RunsModel::TimestampRole).toDateTime(), fixedNow());
        QVERIFY(cell(1, RunsModel::Updated, RunsModel::SortRole).toLongLong() >
                cell(1, RunsModel::StartedAt, RunsModel::SortRole).toLongLong());

        QCOMPARE(model.headerData(RunsModel::NextAction, Qt::Horizontal).toString(), QStringLiteral("Next action"));
    }

    void reloadInsertsNewRunsOnTopAndKeepsTheOthers()
    {
        StoreFixture f;
        const qint64 first = startRun(f, QStringLiteral("stripe-api-key"));
        RunsModel model(*f.store, f.clock);
        model.reload();
        const QPersistentModelIndex kept = model.index(0, RunsModel::State);
        QCOMPARE(kept.data().toString(), QStringLiteral("planned"));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reloaded(&model, &RunsModel::reloaded);
        f.clock.advanceSecs(10);
        const qint64 second = startRun(f, QStringLiteral("sendgrid-api-key"));
        move(f, first, QStringLiteral("planned"), QStringLiteral("prechecked"));
        model.reload();

        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 0);
        QCOMPARE(reloaded.count(), 1);
        QVERIFY(changed.count() >= 1);
        // the persistent index follows its run to row 1 and shows its new state
        QVERIFY(kept.isValid());
        QCOMPARE(kept.row(), 1);
        QCOMPARE(kept.data().toString(), QStringLiteral("pre-checked"));
        QCOMPARE(model.runAt(0).id, second);
    }

    void nextActionSaysWhatAndWhen()
    {
        StoreFixture f;
        const qint64 id = startRun(f, QStringLiteral("stripe-api-key"));
        const QDateTime in5min = fixedNow().addSecs(300);
        move(f, id, QStringLiteral("planned"), QStringLiteral("grace_period"), in5min);
        RunsModel model(*f.store, f.clock);
        model.reload();
        const QModelIndex next = model.index(0, RunsModel::NextAction);
        QCOMPARE(next.data().toString(), QStringLiteral("in 5 min (12:05:00 UTC)"));
        QCOMPARE(next.data(RunsModel::TimestampRole).toDateTime(), in5min);
        QCOMPARE(model.index(0, RunsModel::State).data().toString(), QStringLiteral("grace period"));

        move(f, id, QStringLiteral("grace_period"), QStringLiteral("grace_period"), fixedNow().addDays(3));
        model.reload();
        QCOMPARE(model.index(0, RunsModel::NextAction).data().toString(),
                 QStringLiteral("in 3 d (2026-11-27 12:00 UTC)"));

        move(f, id, QStringLiteral("grace_period"), QStringLiteral("grace_period"), in5min);
        f.clock.advanceSecs(301);
        model.reload();
        QCOMPARE(model.index(0, RunsModel::NextAction).data().toString(), QStringLiteral("due now"));

        move(f, id, QStringLiteral("grace_period"), QStringLiteral("completed"));
        model.reload();
        QCOMPARE(model.index(0, RunsModel::NextAction).data().toString(), QString());
        QVERIFY(RunsModel::isFinished(QStringLiteral("completed")));
        QVERIFY(RunsModel::isFinished(QStringLiteral("rolled_back")));
        QVERIFY(!RunsModel::isFinished(QStringLiteral("failed")));
    }

    void stateLabels_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("label");
        QTest::newRow("planned") << "planned"
                                 << "planned";
        QTest::newRow("prechecked") << "prechecked"
                                    << "pre-checked";
        QTest::newRow("staged") << "staged_in_vault"
                                << "staged in vault";
        QTest::newRow("revoked") << "old_key_revoked"
                                 << "old key revoked";
        QTest::newRow("rolling back") << "rolling_back"
                                      << "rolling back";
        QTest::newRow("unknown") << "some_new_state"
                                 << "some new state";
    }
    void stateLabels()
    {
        QFETCH(QString, state);
        QFETCH(QString, label);
        QCOMPARE(RunsModel::stateLabel(state), label);
    }
};

QTEST_GUILESS_MAIN(TestRunsModel)
#include "TestRunsModel.moc"
