#include "AlertsPanel.h"
#include "Screenshot.h"
#include "TestSupport.h"
#include "core/models/AlertsModel.h"
#include "core/monitoring/AlertCenter.h"

#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace keyturn;
using namespace keyturn::test;

namespace {
constexpr qint64 kDay = 86400;

qint64 addKey(StoreFixture &f, const QString &name, int intervalDays, int ageDays, int unusedDays = 0)
{
    auto id = f.store->createCredential(heldCredential(name, intervalDays));
    if (!id)
        qFatal("createCredential: %s", qPrintable(id.errorMessage()));
    KeyVersion k = currentKey(*id, name.toUtf8(), f.clock.now().addSecs(-unusedDays * kDay));
    k.activatedAt = f.clock.now().addSecs(-ageDays * kDay);
    if (auto r = f.store->addKeyVersion(k); !r)
        qFatal("addKeyVersion: %s", qPrintable(r.errorMessage()));
    return *id;
}

/// A workspace with one alert of each severity and a failed run.
struct Prepared
{
    StoreFixture f;
    qint64 oldKey = 0;
    qint64 failedRun = 0;
    Prepared()
    {
        oldKey = addKey(f, QStringLiteral("stripe-api-key"), 30, 50);
        addKey(f, QStringLiteral("sendgrid-api-key"), 90, 80);
        addKey(f, QStringLiteral("gateway-key"), 90, 20, 9);
        const qint64 twilio = addKey(f, QStringLiteral("twilio-auth-token"), 90, 10);
        failedRun = f.store->startRun(twilio, QStringLiteral("manual"), {}, false, 3600).value();
        const auto run = f.store->run(failedRun).value();
        if (!f.store->transitionRun(failedRun, QStringLiteral("planned"), QStringLiteral("failed"), run.data, {},
                                    QStringLiteral("the vault refused the write (403)"), {}))
            qFatal("transitionRun failed");
    }
};

int rowOfSubject(QTableView *view, const QString &subject)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, AlertsModel::Subject).data().toString().startsWith(subject))
            return row;
    }
    return -1;
}
} // namespace

class TestAlertsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsNoAlertsWhenEmpty()
    {
        StoreFixture f;
        addKey(f, QStringLiteral("fresh-key"), 90, 1);
        AlertCenter center(*f.store);
        AlertsPanel panel(center);
        panel.refresh();
        QVERIFY(panel.showsEmptyState());
        QCOMPARE(panel.emptyLabel()->text(), QStringLiteral("No alerts"));
        QVERIFY(!panel.acknowledgeButton()->isEnabled());
    }

    void showsAlertsMostSevereFirst()
    {
        Prepared p;
        AlertCenter center(*p.f.store);
        AlertsPanel panel(center);
        QSignalSpy changed(&panel, &AlertsPanel::alertsChanged);
        panel.resize(900, 260);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.refresh();
        QVERIFY(!panel.showsEmptyState());
        QTableView *view = panel.view();
        QCOMPARE(view->model()->rowCount(), 4);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toInt(), 4);
        QCOMPARE(changed.first().at(1).toInt(), 4);
        QCOMPARE(view->model()->index(0, AlertsModel::Severity).data().toString(), QStringLiteral("Critical"));
        QCOMPARE(view->model()->index(3, AlertsModel::Severity).data().toString(), QStringLiteral("Info"));
        QVERIFY(!view->model()->index(0, AlertsModel::Severity).data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(view->isColumnHidden(AlertsModel::Kind));
        QCOMPARE(panel.findChild<QLabel *>()->text(), QStringLiteral("Alerts (4 open, 4 new)"));
        QCoreApplication::processEvents(); // let the layout follow the title before the picture
        QVERIFY(saveScreenshot(&panel, QDir::temp().filePath(QStringLiteral("keyturn-alerts-panel.png"))).ok());
    }

    void acknowledgingUpdatesTheRowAndSurvivesARecompute()
    {
        Prepared p;
        AlertCenter center(*p.f.store);
        AlertsPanel panel(center);
        panel.resize(900, 220);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.refresh();
        QTableView *view = panel.view();
        const int row = rowOfSubject(view, QStringLiteral("stripe-api-key"));
        QVERIFY(row >= 0);
        view->selectRow(row);
        QVERIFY(panel.acknowledgeButton()->isEnabled());
        const qint64 id = panel.selectedAlertId();
        QTest::mouseClick(panel.acknowledgeButton(), Qt::LeftButton);
        QInputDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) != nullptr);
        QVERIFY(dialog->labelText().contains(QStringLiteral("stripe-api-key")));
        dialog->setTextValue(QStringLiteral("rotation booked for Monday"));
        dialog->accept();
        QTRY_VERIFY(panel.findChild<QInputDialog *>() == nullptr);

        const int after = view->model()->rowCount();
        QCOMPARE(after, 4);
        const int ackRow = rowOfSubject(view, QStringLiteral("stripe-api-key"));
        QVERIFY(view->model()
                    ->index(ackRow, AlertsModel::AcknowledgedBy)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("alice at ")));
        QCOMPARE(panel.selectedAlertId(), id); // the selection stayed on the row
        QVERIFY(!panel.acknowledgeButton()->isEnabled());

        p.f.clock.advanceSecs(3600);
        panel.refresh();
        QCOMPARE(view->model()->rowCount(), 4);
        const int again = rowOfSubject(view, QStringLiteral("stripe-api-key"));
        QCOMPARE(view->model()->index(again, 0).data(AlertsModel::AlertIdRole).toLongLong(), id);
        QVERIFY(view->model()->index(again, 0).data(AlertsModel::AcknowledgedRole).toBool());
        auto events = p.f.audit->eventsFor(QStringLiteral("alert"), QString::number(id));
        QVERIFY(events.ok());
        QCOMPARE(events->last().action, QStringLiteral("alert.acknowledged"));
        QVERIFY(events->last().details.contains("rotation booked for Monday"));
        QVERIFY(saveScreenshot(&panel, QDir::temp().filePath(QStringLiteral("keyturn-alerts-acknowledged.png"))).ok());
    }

    void doubleClickOpensTheRunOrTheKey()
    {
        Prepared p;
        AlertCenter center(*p.f.store);
        AlertsPanel panel(center);
        panel.resize(900, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.refresh();
        QSignalSpy runs(&panel, &AlertsPanel::runActivated);
        QSignalSpy keys(&panel, &AlertsPanel::credentialActivated);
        QTableView *view = panel.view();

        const int runRow = rowOfSubject(view, QStringLiteral("twilio-auth-token"));
        QVERIFY(runRow >= 0);
        view->selectRow(runRow);
        const QRect cell = view->visualRect(view->model()->index(runRow, AlertsModel::Message));
        QVERIFY(view->viewport()->rect().contains(cell.center()));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(runs.count(), 1);
        QCOMPARE(runs.first().first().toLongLong(), p.failedRun);
        QCOMPARE(keys.count(), 0);

        const int keyRow = rowOfSubject(view, QStringLiteral("stripe-api-key"));
        view->selectRow(keyRow);
        QTest::mouseClick(panel.openButton(), Qt::LeftButton);
        QCOMPARE(keys.count(), 1);
        QCOMPARE(keys.first().first().toLongLong(), p.oldKey);
    }
};

QTEST_MAIN(TestAlertsPanel)
#include "TestAlertsPanel.moc"
