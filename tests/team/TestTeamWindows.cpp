// Two Keyturn windows on one team workspace (PostgreSQL): an approval in one shows in the other, and a key added
// by one appears in the other's inventory, through LISTEN/NOTIFY, without either reloading its tables. Also the
// window of an auditor: review and rotation actions disabled, saying why. Runs only as TestTeamWindows_pg.
#include "ApprovalQueueView.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "core/Workspace.h"
#include "core/models/InventoryModel.h"
#include "core/models/NoticesModel.h"
#include "core/notices/NoticeStore.h"
#include "core/store/TeamRoles.h"

#include <QAction>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>

using namespace keyturn;
using namespace keyturn::test;

class TestTeamWindows : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_location;

    std::unique_ptr<Workspace> openAs(const QString &user)
    {
        auto ws = Workspace::open(withTestUser(m_location, user), QString(), SystemClock::instance());
        if (!ws)
            qFatal("cannot open the team workspace: %s", qPrintable(ws.errorMessage()));
        return std::move(ws.value());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!testingOnPostgres())
            QSKIP("two clients of one PostgreSQL workspace: this runs as TestTeamWindows_pg");
        m_location = newTestWorkspace(m_dir, QStringLiteral("windows"), QStringLiteral("carol"));
        auto carol = openAs(QStringLiteral("carol"));
        QVERIFY(carol->store().createCredential(heldCredential(QStringLiteral("stripe-api-key"))).ok());
    }

    void anApprovalInOneWindowShowsInTheOther()
    {
        auto carol = openAs(QStringLiteral("carol"));
        NoticeDraft d;
        d.kind = NoticeKind::Migration;
        d.recipient = QStringLiteral("ops@acme.example");
        d.content = {QStringLiteral("Action required: rotate your API key"), QStringLiteral("# Rotate\n\nPlease.")};
        d.templateName = QStringLiteral("migration-rest");
        const qint64 notice = carol->notices().createNotice(d).value();

        auto eveWs = openAs(QStringLiteral("eve"));
        auto frankWs = openAs(QStringLiteral("frank"));
        for (Workspace *ws : {eveWs.get(), frankWs.get()})
            ws->inventoryModel()->reload();
        MainWindow eve(*eveWs);
        MainWindow frank(*frankWs);
        eve.show();
        frank.show();
        QVERIFY(QTest::qWaitForWindowExposed(&frank));
        NoticesModel *frankQueue = frank.approvalsView()->model();
        frankQueue->setStates({}); // every state, so the approved notice stays listed
        const int row = frankQueue->rowOfNotice(notice);
        QVERIFY(row >= 0);
        QCOMPARE(frankQueue->noticeAt(row).state, NoticeState::Pending);
        QSignalSpy frankReloads(frankQueue, &NoticesModel::reloaded);

        // eve approves in her window
        eve.approvalsView()->model()->reload();
        QVERIFY(eve.approvalsView()->model()->rowOfNotice(notice) >= 0);
        QVERIFY(eveWs->notices().approve({notice}).ok());
        QElapsedTimer shown;
        shown.start();
        QTRY_COMPARE_WITH_TIMEOUT(frankQueue->noticeAt(frankQueue->rowOfNotice(notice)).state, NoticeState::Approved,
                                  3000);
        qInfo("frank's window showed eve's approval after %lld ms", shown.elapsed());
        QCOMPARE(frankQueue->noticeAt(frankQueue->rowOfNotice(notice)).approvedBy, eveWs->actor());

        // a key eve adds appears in frank's inventory, read as one row
        InventoryModel *frankInventory = frankWs->inventoryModel();
        const int before = frankInventory->rowCount();
        const qint64 id = eveWs->store().createCredential(heldCredential(QStringLiteral("adyen-api-key"))).value();
        QTRY_COMPARE_WITH_TIMEOUT(frankInventory->rowCount(), before + 1, 3000);
        QVERIFY(frankInventory->rowOf(id) >= 0);
        QCOMPARE(frankInventory->rowAt(frankInventory->rowOf(id)).data.credential.name,
                 QStringLiteral("adyen-api-key"));
    }

    void anAuditorsWindowOffersNoChanges()
    {
        ensureTestRole(QStringLiteral("owner_setup"));
        auto owner = openAs(QStringLiteral("owner_setup"));
        QVERIFY(initTeamRoles(owner->database()).ok());
        const QString auditor = QStringLiteral("auditor_%1").arg(QCoreApplication::applicationPid());
        ensureTestRole(auditor, false);
        onTestServer({QStringLiteral("GRANT keyturn_auditor TO \"%1\"").arg(auditor)});
        auto ws = openAs(auditor);
        ws->inventoryModel()->reload();
        MainWindow window(*ws);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *approve = window.approvalsView()->findChild<QPushButton *>(QStringLiteral("approveButton"));
        QVERIFY(approve);
        QVERIFY(!approve->isEnabled());
        QVERIFY2(approve->toolTip().contains(QLatin1String("keyturn_engineer")), qPrintable(approve->toolTip()));
        auto *import = window.findChild<QAction *>(QStringLiteral("importInventoryAction"));
        QVERIFY(import && !import->isEnabled());
        auto *who = window.findChild<QLabel *>(QStringLiteral("statusActor"));
        QVERIFY(who && who->text().contains(QLatin1String("keyturn_auditor")));
    }
};

QTEST_MAIN(TestTeamWindows)
#include "TestTeamWindows.moc"
