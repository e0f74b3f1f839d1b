#include "CalendarView.h"
#include "Screenshot.h"
#include "TestSupport.h"
#include "core/Workspace.h"
#include "core/models/CalendarModel.h"
#include "core/models/InventoryModel.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>

using namespace keyturn;
using namespace keyturn::test;

namespace {
QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}
} // namespace

class TestCalendarView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{fixedNow()};
    int m_opened = 0;

    std::unique_ptr<Workspace> openWorkspace()
    {
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("w%1.keyturn").arg(++m_opened)),
                                  QStringLiteral("frank"), m_clock);
        if (!ws)
            qFatal("cannot open a workspace: %s", qPrintable(ws.errorMessage()));
        return std::move(ws.value());
    }

    static void add(Workspace &ws, const QString &name, const QStringList &usedBy, const QString &cron, int days,
                    const QDateTime &rotatedAt, bool dualKey = true)
    {
        Credential c = heldCredential(name, days);
        c.usedBy = usedBy;
        c.scheduleCron = cron;
        c.supportsDualKey = dualKey;
        auto id = ws.store().createCredential(c);
        if (!id)
            qFatal("%s", qPrintable(id.errorMessage()));
        KeyVersion k = currentKey(*id, name.toUtf8());
        k.activatedAt = rotatedAt;
        k.createdAt = rotatedAt;
        if (auto r = ws.store().addKeyVersion(k); !r)
            qFatal("%s", qPrintable(r.errorMessage()));
    }

    /// stripe and adyen collide on 2026-12-01 (payment-service); gateway rotates every Wednesday without a flag.
    static void seed(Workspace &ws)
    {
        add(ws, QStringLiteral("stripe-api-key"), {QStringLiteral("payment-service")}, QStringLiteral("0 2 1 * *"), 30,
            utc(2026, 11, 1, 3));
        add(ws, QStringLiteral("adyen-api-key"), {QStringLiteral("payment-service")}, {}, 30, utc(2026, 11, 1, 6));
        add(ws, QStringLiteral("gateway-key"), {QStringLiteral("gateway")}, QStringLiteral("0 3 * * 3"), 30,
            utc(2026, 11, 18, 3));
        add(ws, QStringLiteral("legacy-sms-key"), {QStringLiteral("sms")}, {}, 90, utc(2026, 10, 1), false);
    }

    static int flaggedRows(QTableView *table)
    {
        int n = 0;
        for (int i = 0; i < table->model()->rowCount(); ++i)
            n += table->model()->index(i, 0).data(CalendarModel::FlagsRole).toInt() != CalendarModel::NoFlag;
        return n;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsFlaggedRowsAndFilters()
    {
        auto ws = openWorkspace();
        seed(*ws);
        CalendarView view(*ws);
        QCOMPARE(view.model()->rowCount(), 0); // it plans when shown
        view.resize(1400, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!view.isStale());

        QTableView *table = view.table();
        // stripe 3, adyen 3, gateway 13 Wednesdays, legacy 1
        QCOMPARE(table->model()->rowCount(), 20);
        QCOMPARE(flaggedRows(table), 5); // collisions on 12-01 and around the new year, legacy's single key
        int collision = -1;
        for (int i = 0; i < table->model()->rowCount(); ++i) {
            if (table->model()->index(i, CalendarModel::Key).data().toString() == QLatin1String("stripe-api-key")) {
                collision = i;
                break;
            }
        }
        QVERIFY(collision >= 0);
        const QModelIndex flags = table->model()->index(collision, CalendarModel::Flags);
        QCOMPARE(flags.data(CalendarModel::FlagsRole).toInt(), int(CalendarModel::Collision));
        QCOMPARE(
            flags.data(Qt::ToolTipRole).toString(),
            QStringLiteral("stripe-api-key and adyen-api-key both serve payment-service and rotate on 2026-12-01"));
        // the week column spans the rows of a week
        QVERIFY(table->rowSpan(0, CalendarModel::Week) >= 1);
        for (int i = 0; i < table->model()->rowCount();) {
            const QDate week = table->model()->index(i, 0).data(CalendarModel::WeekStartRole).toDate();
            const int span = table->rowSpan(i, CalendarModel::Week);
            QVERIFY(span >= 1);
            for (int j = i; j < i + span; ++j)
                QCOMPARE(table->model()->index(j, 0).data(CalendarModel::WeekStartRole).toDate(), week);
            i += span;
            if (i < table->model()->rowCount())
                QVERIFY(table->model()->index(i, 0).data(CalendarModel::WeekStartRole).toDate() != week);
        }
        QVERIFY(view.summaryLabel()->text().contains(QStringLiteral("20 planned rotations in the next 13 weeks")));
        QVERIFY2(view.summaryLabel()->text().contains(QStringLiteral("5 flagged (4 collision, 1 no overlap possible)")),
                 qPrintable(view.summaryLabel()->text()));

        if (qEnvironmentVariableIsSet("KEYTURN_SCREENSHOT_DIR"))
            QVERIFY(
                saveScreenshot(&view, qEnvironmentVariable("KEYTURN_SCREENSHOT_DIR") + QStringLiteral("/calendar.png"))
                    .ok());

        QTest::mouseClick(view.onlyFlaggedBox(), Qt::LeftButton, {}, QPoint(5, view.onlyFlaggedBox()->height() / 2));
        QVERIFY(view.onlyFlaggedBox()->isChecked());
        QCOMPARE(table->model()->rowCount(), 5);
        QCOMPARE(flaggedRows(table), 5);
        QVERIFY(view.summaryLabel()->text().contains(QStringLiteral("5 shown")));

        QTest::keyClicks(view.searchField(), QStringLiteral("legacy"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, CalendarModel::Flags).data().toString(),
                 QStringLiteral("no overlap possible"));
        QVERIFY(view.summaryLabel()->text().contains(QStringLiteral("1 shown")));

        view.searchField()->clear();
        view.onlyFlaggedBox()->setChecked(false);
        QCOMPARE(table->model()->rowCount(), 20);
    }

    void blackoutWindowsAreAddedAndRemoved()
    {
        auto ws = openWorkspace();
        seed(*ws);
        CalendarView view(*ws);
        QCOMPARE(view.model()->rowCount(), 0); // not shown: not planned yet
        QVERIFY(view.isStale());
        QCOMPARE(view.blackoutList()->count(), 1); // "None: …"
        QCOMPARE(view.blackoutList()->item(0)->flags(), Qt::NoItemFlags);

        BlackoutWindow freeze;
        freeze.start = utc(2026, 11, 30);
        freeze.end = utc(2026, 12, 2);
        freeze.reason = QStringLiteral("release freeze");
        QVERIFY(view.addBlackout(freeze));
        QCOMPARE(view.blackoutList()->count(), 1);
        QCOMPARE(view.blackoutList()->item(0)->text(),
                 QStringLiteral("2026-11-30 00:00 – 2026-12-02 00:00 UTC (release freeze)"));
        auto stored = readBlackouts(ws->store());
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), 1);

        // the calendar replanned: stripe's and adyen's 1 December rotations wait for the freeze to end
        int inBlackout = 0;
        for (int i = 0; i < view.model()->rowCount(); ++i)
            inBlackout += (view.model()->rowAt(i).flags & CalendarModel::Blackout) ? 1 : 0;
        QCOMPARE(inBlackout, 2); // gateway's Wednesday 2 December 03:00 is after the window

        BlackoutWindow backwards;
        backwards.start = utc(2026, 12, 5);
        backwards.end = utc(2026, 12, 4);
        QVERIFY(!view.addBlackout(backwards));
        QCOMPARE(readBlackouts(ws->store())->size(), 1);

        BlackoutWindow friday;
        friday.kind = BlackoutWindow::Kind::Weekly;
        friday.weekday = 5;
        friday.from = QTime(16, 0);
        friday.to = QTime(23, 59);
        QVERIFY(view.addBlackout(friday));
        QCOMPARE(view.blackoutList()->count(), 2);
        QCOMPARE(view.blackoutList()->item(1)->text(), QStringLiteral("every Friday 16:00–23:59 UTC"));

        if (qEnvironmentVariableIsSet("KEYTURN_SCREENSHOT_DIR")) {
            view.resize(1400, 700);
            QVERIFY(saveScreenshot(&view, qEnvironmentVariable("KEYTURN_SCREENSHOT_DIR") +
                                              QStringLiteral("/calendar-blackouts.png"))
                        .ok());
        }
        QVERIFY(view.removeBlackout(0));
        QCOMPARE(view.blackoutList()->count(), 1);
        QCOMPARE(readBlackouts(ws->store())->first().kind, BlackoutWindow::Kind::Weekly);
        QVERIFY(!view.removeBlackout(5));
    }

    void plansWhenShownAndWhenTheInventoryReloads()
    {
        auto ws = openWorkspace();
        seed(*ws);
        CalendarView view(*ws);
        QSignalSpy reloaded(view.model(), &CalendarModel::reloaded);
        // an inventory reload while hidden only marks it out of date
        ws->inventoryModel()->reload();
        QCOMPARE(reloaded.size(), 0);
        QVERIFY(view.isStale());

        view.resize(1200, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(reloaded.size(), 1);
        QCOMPARE(view.model()->rowCount(), 20);
        QVERIFY(!view.isStale());

        // shown again without a change: no second plan
        view.hide();
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(reloaded.size(), 1);

        // while visible, an inventory reload plans again at once
        add(*ws, QStringLiteral("mail-key"), {QStringLiteral("mail")}, {}, 30, utc(2026, 11, 1));
        ws->inventoryModel()->reload();
        QCOMPARE(reloaded.size(), 2);
        QCOMPARE(view.model()->rowCount(), 23); // mail-key: 12-01, 12-31, 01-30 (03-01 is beyond)
        QVERIFY(view.summaryLabel()->text().contains(QStringLiteral("23 planned rotations")));

        // hidden: a change waits for the next show
        view.hide();
        add(*ws, QStringLiteral("sms-key"), {QStringLiteral("sms")}, {}, 90, utc(2026, 10, 15));
        ws->inventoryModel()->reload();
        QCOMPARE(reloaded.size(), 2);
        QVERIFY(view.isStale());
        QCOMPARE(view.model()->rowCount(), 23);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(reloaded.size(), 3);
        QCOMPARE(view.model()->rowCount(), 24); // sms-key: 2027-01-13
        QVERIFY(!view.isStale());

        // reload() plans at once, shown or not
        view.hide();
        view.reload();
        QCOMPARE(reloaded.size(), 4);
        QVERIFY(!view.isStale());
    }
};

QTEST_MAIN(TestCalendarView)
#include "TestCalendarView.moc"
