#include "ChartCard.h"
#include "DashboardView.h"
#include "TestSupport.h"
#include "core/Workspace.h"
#include "core/models/ChartModels.h"
#include "core/models/InventoryModel.h"
#include "core/notices/NoticeStore.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QToolTip>
#include <QXYSeries>

using namespace keyturn;
using namespace keyturn::test;

class TestDashboardView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_opened = 0;

    std::unique_ptr<Workspace> openWorkspace(const Clock &clock)
    {
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("w%1.keyturn").arg(++m_opened)),
                                  QStringLiteral("frank"), clock);
        if (!ws)
            qFatal("cannot open a workspace: %s", qPrintable(ws.errorMessage()));
        return std::move(ws.value());
    }

    /// A held key whose current key became current `ageDays` before the clock's now.
    static qint64 key(Workspace &ws, ManualClock &clock, const QString &name, int intervalDays, int ageDays)
    {
        const QDateTime now = clock.now();
        clock.set(now.addDays(-ageDays));
        const qint64 id = ws.store().createCredential(heldCredential(name, intervalDays)).value();
        const qint64 keyId = ws.store().addKeyVersion(currentKey(id, name.toUtf8())).value();
        clock.set(now);
        if (!ws.store().recordLastUsed(keyId, now.addDays(-1)))
            qFatal("cannot record a use of %s", qPrintable(name));
        return id;
    }

    /// Where a value of a series is on the chart view's viewport.
    static QPoint viewportPoint(QChartView *view, const QPointF &value, QAbstractSeries *series)
    {
        const QPointF inChart = view->chart()->mapToPosition(value, series);
        return view->mapFromScene(view->chart()->mapToScene(inChart));
    }

    static void showAndLayOut(QWidget &widget)
    {
        widget.resize(1400, 900);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    }

    void chartsHavePointsAndExplainEmptiness()
    {
        ManualClock clock(fixedNow());
        auto ws = openWorkspace(clock);
        key(*ws, clock, QStringLiteral("fresh"), 90, 10);
        key(*ws, clock, QStringLiteral("overdue"), 30, 35);
        key(*ws, clock, QStringLiteral("critical"), 10, 30);
        ws->inventoryModel()->reload();

        DashboardView view(*ws);
        showAndLayOut(view);
        QCOMPARE(view.countFor(KeyStatus::OverdueCritical), 1);
        QVERIFY(view.findChild<QPushButton *>(QStringLiteral("tile_healthy")));

        auto *age = view.chartView(DashboardView::KeyAge);
        int points = 0;
        for (QAbstractSeries *s : age->chart()->series()) {
            if (auto *scatter = qobject_cast<QScatterSeries *>(s))
                points += int(scatter->count());
        }
        QCOMPARE(points, 3);
        QVERIFY(view.card(DashboardView::KeyAge)->isShowingChart());
        QVERIFY(view.card(DashboardView::LastUse)->isShowingChart());
        QVERIFY(view.card(DashboardView::Upcoming)->isShowingChart());
        // the upcoming chart's bars come from the model through the mapper: one overdue bar of 2 keys
        auto *upcoming =
            qobject_cast<QAbstractBarSeries *>(view.chartView(DashboardView::Upcoming)->chart()->series().first());
        QVERIFY(upcoming);
        QCOMPARE(upcoming->barSets().size(), 3);
        QCOMPARE(upcoming->barSets().first()->at(0), 2.0);

        // nothing to chart: the card says why
        QVERIFY(!view.card(DashboardView::BurnDown)->isShowingChart());
        QCOMPARE(view.card(DashboardView::BurnDown)->emptyReason(), QStringLiteral("No open campaign"));
        QCOMPARE(view.card(DashboardView::Unauthorized)->emptyReason(), QStringLiteral("No rotation is running"));

        // a campaign and a run appear after the next reload
        CampaignRecord campaign;
        campaign.name = QStringLiteral("Winter rotation");
        campaign.deadlineAt = fixedNow().addDays(20);
        const qint64 campaignId = ws->notices().createCampaign(campaign).value();
        const qint64 fresh = ws->store().findCredential(QStringLiteral("fresh")).value().id;
        const QJsonObject data{{QStringLiteral("consumer"), QStringLiteral("Acme")},
                               {QStringLiteral("campaign_id"), double(campaignId)},
                               {QStringLiteral("deadline_at"), campaign.deadlineAt.toString(Qt::ISODateWithMs)},
                               {QStringLiteral("consumer_state"), QStringLiteral("notified")}};
        const qint64 run = ws->store().startRun(fresh, QStringLiteral("campaign"), data, false, 3600).value();
        QVERIFY(ws->store().setRunCampaign(run, campaignId));
        clock.advanceSecs(2 * 86400);
        ws->inventoryModel()->reload();
        QVERIFY(view.card(DashboardView::BurnDown)->isShowingChart());
        QVERIFY(view.card(DashboardView::BurnDown)->subtitle().contains(QStringLiteral("Winter rotation")));
        auto *migrated =
            view.chartView(DashboardView::BurnDown)
                ->chart()
                ->findChild<QXYSeries *>(QStringLiteral("burnDown_%1").arg(MigrationBurnDownModel::Migrated));
        QVERIFY(migrated);
        QVERIFY(migrated->count() >= 3);
        QVERIFY(view.card(DashboardView::Unauthorized)->isShowingChart());

        // the alerts panel takes the place beside the 401 chart
        auto *alerts = new QLabel(QStringLiteral("alerts"));
        view.setAlertsWidget(alerts);
        QCOMPARE(view.alertsWidget(), alerts);
        QVERIFY(view.isAncestorOf(alerts));
    }

    void clickingAPointOrBarOpensItsKey()
    {
        ManualClock clock(fixedNow());
        auto ws = openWorkspace(clock);
        key(*ws, clock, QStringLiteral("fresh"), 90, 10);
        const qint64 critical = key(*ws, clock, QStringLiteral("critical"), 10, 30);
        const qint64 late = key(*ws, clock, QStringLiteral("late"), 60, 85); // due 25 d ago, ratio 1.42
        ws->inventoryModel()->reload();
        DashboardView view(*ws);
        showAndLayOut(view);
        QSignalSpy activated(&view, &DashboardView::credentialActivated);

        // the critical key's dot: x = 30 days, y = 3×
        QChartView *age = view.chartView(DashboardView::KeyAge);
        auto *criticalSeries = age->chart()->findChild<QScatterSeries *>(QStringLiteral("ageSeries_2"));
        QVERIFY(criticalSeries);
        QCOMPARE(criticalSeries->count(), 1);
        const QPointF point = criticalSeries->at(0);
        QCOMPARE(point, QPointF(30, 3));
        // hovering names the key and its figures
        QTest::mouseMove(age->viewport(), viewportPoint(age, point, criticalSeries));
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().startsWith(QStringLiteral("critical: age 30 d of 10 d policy")),
                 qPrintable(QToolTip::text()));
        QTest::mouseClick(age->viewport(), Qt::LeftButton, {}, viewportPoint(age, point, criticalSeries));
        QTRY_COMPARE(activated.count(), 1);
        QCOMPARE(activated.takeFirst().at(0).toLongLong(), critical);

        // a click beside every dot opens nothing
        QTest::mouseClick(age->viewport(), Qt::LeftButton, {}, viewportPoint(age, QPointF(5, 2.5), criticalSeries));
        QCoreApplication::processEvents();
        QCOMPARE(activated.count(), 0);

        // the overdue bar of the upcoming rotations opens the most overdue key (due 25 d ago, the critical one 20 d)
        QChartView *upcoming = view.chartView(DashboardView::Upcoming);
        auto *bars = qobject_cast<QAbstractBarSeries *>(upcoming->chart()->series().first());
        QVERIFY(bars);
        QCOMPARE(bars->barSets().first()->at(0), 2.0);
        QTest::mouseClick(upcoming->viewport(), Qt::LeftButton, {}, viewportPoint(upcoming, QPointF(0, 1), bars));
        QTRY_COMPARE(activated.count(), 1);
        QCOMPARE(activated.takeFirst().at(0).toLongLong(), late);
    }

    void oldConstructorKeepsWorking()
    {
        ManualClock clock(fixedNow());
        auto ws = openWorkspace(clock);
        key(*ws, clock, QStringLiteral("fresh"), 90, 10);
        ws->inventoryModel()->reload();
        // the workspace's own inventory model leads to the workspace: every chart
        DashboardView full(ws->inventoryModel());
        QCOMPARE(full.models(DashboardView::KeyAge).size(), 3);
        QCOMPARE(full.models(DashboardView::BurnDown).size(), 1);
        QCOMPARE(full.card(DashboardView::BurnDown)->emptyReason(), QStringLiteral("No open campaign"));

        // a model of its own: the inventory charts, and the others say what they need
        InventoryModel own(ws->store(), clock);
        own.reload();
        DashboardView partial(&own);
        QCOMPARE(partial.models(DashboardView::KeyAge).size(), 3);
        QVERIFY(partial.models(DashboardView::BurnDown).isEmpty());
        QVERIFY(partial.card(DashboardView::BurnDown)->emptyReason().contains(QStringLiteral("workspace")));
        QVERIFY(partial.card(DashboardView::LastUse)->isShowingChart());
        QCOMPARE(partial.models(DashboardView::LastUse).first()->value(1, LastUseChartModel::InUse), 1.0);
    }
};

QTEST_MAIN(TestDashboardView)
#include "TestDashboardView.moc"
