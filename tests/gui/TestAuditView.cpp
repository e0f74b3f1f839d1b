// The audit view on the demo workspace: lazy loading, filters, the details pane, jumping to events and targets,
// chain verification on a worker thread (intact, then after tampering), export and the evidence pack.
#include "ApprovalQueueView.h"
#include "AuditView.h"
#include "InventoryView.h"
#include "KeyDetailsPanel.h"
#include "MainWindow.h"
#include "RotationsView.h"
#include "TestSupport.h"
#include "core/Workspace.h"
#include "core/audit/AuditExport.h"
#include "core/audit/AuditLog.h"
#include "core/demo/DemoWorld.h"
#include "core/models/AuditModel.h"
#include "core/models/InventoryModel.h"
#include "core/store/Database.h"
#include "core/store/WorkspaceStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>

using namespace keyturn;
using namespace keyturn::test;

class TestAuditView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_keyId = 0;
    QString m_keyName;

    static QList<AuditEvent> rows(const AuditView &view)
    {
        QList<AuditEvent> out;
        for (int r = 0; r < view.model()->rowCount(); ++r)
            out << view.model()->eventAt(r);
        return out;
    }
    static void fetchAll(AuditView &view)
    {
        while (view.model()->canFetchMore({}))
            view.model()->fetchMore({});
    }
    /// Appends an event as another part of Keyturn would, in its own transaction.
    qint64 append(const QString &action, const QString &targetType, const QString &targetId,
                  const QByteArray &details = "{}")
    {
        Database &db = m_workspace->database();
        if (!db.begin())
            return 0;
        AuditEvent e;
        e.actor = QStringLiteral("carol");
        e.action = action;
        e.targetType = targetType;
        e.targetId = targetId;
        e.details = details;
        auto appended = m_workspace->audit().append(e);
        if (!appended || !db.commit()) {
            db.rollback();
            return 0;
        }
        return appended->id;
    }
    int rowOf(const AuditView &view, qint64 id) { return view.model()->rowOfEvent(id); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_path = m_dir.filePath(QStringLiteral("demo.keyturn"));
        auto built = DemoWorld::create(m_path, SystemClock::instance().now());
        QVERIFY2(built.ok(), qPrintable(built.errorMessage()));
        auto ws = Workspace::open(m_path, QStringLiteral("carol"), SystemClock::instance());
        QVERIFY2(ws.ok(), qPrintable(ws.errorMessage()));
        m_workspace = std::move(ws.value());
        auto runs = m_workspace->store().runs();
        QVERIFY(runs.ok() && !runs->isEmpty());
        m_keyId = runs->first().credentialId;
        auto credential = m_workspace->store().credential(m_keyId);
        QVERIFY(credential.ok());
        m_keyName = credential->name;
    }
    void cleanupTestCase() { m_workspace.reset(); }

    void loadsWhenShownNewestFirstAndLazily()
    {
        AuditView view(*m_workspace);
        QVERIFY(!view.isLoaded());
        QCOMPARE(view.model()->rowCount(), 0);
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.isLoaded());
        auto total = m_workspace->audit().count();
        QVERIFY(total.ok());
        QVERIFY2(*total > view.model()->pageSize(), "the demo log is longer than a page");
        // a page, not the whole log; newest first; the first event selected and shown
        QCOMPARE(view.model()->rowCount(), view.model()->pageSize());
        const QList<AuditEvent> shown = rows(view);
        for (int i = 1; i < shown.size(); ++i)
            QVERIFY(shown.at(i - 1).at > shown.at(i).at ||
                    (shown.at(i - 1).at == shown.at(i).at && shown.at(i - 1).id > shown.at(i).id));
        auto head = m_workspace->audit().head();
        QVERIFY(head.ok());
        QCOMPARE(view.selectedEventId(), shown.first().id);
        QVERIFY(view.statusLabel()->text().contains(QLocale().toString(qMin<qint64>(*total, 10000))));
        // scrolling to the end reads the next page
        view.table()->scrollToBottom();
        QTRY_VERIFY(view.model()->rowCount() > view.model()->pageSize());
        QVERIFY(!view.newerButton()->isVisible()); // nothing dropped yet
    }

    void dropsRowsAtTheTopAndReadsThemBack()
    {
        AuditView view(*m_workspace);
        view.model()->setPageSize(50);
        view.model()->setMaxRows(100);
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.model()->rowCount(), 50);
        const qint64 newest = view.model()->eventAt(0).id;
        view.model()->fetchMore({});
        QCOMPARE(view.model()->rowCount(), 100);
        QVERIFY(!view.newerButton()->isVisible());
        // scrolled near the end, the rows on screen stay there while older ones come in below and the oldest of
        // the window go
        QCoreApplication::processEvents(); // lays out the rows read so far
        QScrollBar *bar = view.table()->verticalScrollBar();
        bar->setValue(bar->maximum() - 1);
        const qint64 onTop = view.model()->eventAt(view.table()->rowAt(0)).id;
        QCOMPARE(view.selectedEventId(), newest);
        view.model()->fetchMore({});
        QCOMPARE(view.model()->rowCount(), 100);
        QVERIFY(view.model()->rowOfEvent(newest) < 0);
        QCOMPARE(view.model()->eventAt(view.table()->rowAt(0)).id, onTop);
        QCOMPARE(view.selectedEventId(), qint64(0)); // the selected event left the window
        QVERIFY(view.canonicalJsonView()->toPlainText().isEmpty());
        QTRY_VERIFY(view.newerButton()->isVisible());
        QTest::mouseClick(view.newerButton(), Qt::LeftButton);
        QVERIFY(view.model()->rowOfEvent(newest) >= 0);
        QTRY_VERIFY(!view.newerButton()->isVisible());
        QCOMPARE(view.table()->rowAt(0), 0);
    }

    void filtersByActionTypeKeyAndText()
    {
        AuditView view(*m_workspace);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        // an action family from the picker, then one exact action
        QVERIFY(view.actionCombo()->findText(QStringLiteral("rotation.*")) >= 0);
        view.actionCombo()->setEditText(QStringLiteral("rotation.*"));
        view.applyFilter();
        fetchAll(view);
        QVERIFY(view.model()->rowCount() > 0);
        for (const AuditEvent &e : rows(view))
            QVERIFY2(e.action.startsWith(QLatin1String("rotation.")), qPrintable(e.action));
        auto count = view.model()->query().count(view.model()->filter());
        QVERIFY(count.ok() && count->exact);
        QCOMPARE(qint64(view.model()->rowCount()), count->value);

        view.actionCombo()->setEditText(QStringLiteral("credential.created"));
        view.applyFilter();
        fetchAll(view);
        auto credentials = m_workspace->store().credentialCount();
        QVERIFY(credentials.ok());
        QCOMPARE(qint64(view.model()->rowCount()), *credentials);
        for (const AuditEvent &e : rows(view))
            QCOMPARE(e.action, QStringLiteral("credential.created"));

        // one key: its own events and its runs' events, and every one of its own
        view.clearFilters();
        view.keyField()->setText(m_keyName);
        view.applyFilter();
        fetchAll(view);
        QVERIFY(!view.messageLabel()->isVisible());
        auto runs = m_workspace->store().runs(m_keyId);
        QVERIFY(runs.ok());
        QSet<QString> runIds;
        for (const RotationRunRecord &r : *runs)
            runIds << QString::number(r.id);
        QSet<qint64> shownIds;
        for (const AuditEvent &e : rows(view)) {
            shownIds << e.id;
            const bool own = e.targetType == QLatin1String("credential") && e.targetId == QString::number(m_keyId);
            const bool run = e.targetType == QLatin1String("run") && runIds.contains(e.targetId);
            const QJsonObject details = QJsonDocument::fromJson(e.details).object();
            const bool other =
                qint64(details.value(QLatin1String("credential_id")).toDouble()) == m_keyId ||
                runIds.contains(QString::number(qint64(details.value(QLatin1String("run_id")).toDouble())));
            QVERIFY2(own || run || other, qPrintable(QString::fromUtf8(canonicalJson(e))));
        }
        auto own = m_workspace->audit().eventsFor(QStringLiteral("credential"), QString::number(m_keyId));
        QVERIFY(own.ok() && !own->isEmpty());
        for (const AuditEvent &e : *own)
            QVERIFY(shownIds.contains(e.id));
        for (const RotationRunRecord &r : *runs) {
            auto runEvents = m_workspace->audit().eventsFor(QStringLiteral("run"), QString::number(r.id));
            QVERIFY(runEvents.ok());
            for (const AuditEvent &e : *runEvents)
                QVERIFY(shownIds.contains(e.id));
        }

        // an unknown key: said inline, and the table is empty
        view.keyField()->setText(QStringLiteral("no-such-key-anywhere"));
        view.applyFilter();
        QCOMPARE(view.model()->rowCount(), 0);
        QVERIFY(view.messageLabel()->isVisible());
        QVERIFY2(view.messageLabel()->text().contains(QLatin1String("no-such-key-anywhere")),
                 qPrintable(view.messageLabel()->text()));

        // free text, typed: applied a moment after the last keystroke
        view.clearFilters();
        QVERIFY(!view.messageLabel()->isVisible());
        const int all = view.model()->rowCount();
        const QString text = m_keyName.left(m_keyName.size() - 1).toUpper();
        QTest::keyClicks(view.searchField(), text);
        QCOMPARE(view.model()->rowCount(), all); // not on every keystroke
        QTRY_COMPARE(view.model()->filter().text, text);
        fetchAll(view);
        QVERIFY(view.model()->rowCount() > 0);
        for (const AuditEvent &e : rows(view)) {
            const QString haystack = e.actor + e.action + e.targetType + QLatin1Char(' ') + e.targetId +
                                     e.oldFingerprint + e.newFingerprint + QString::fromUtf8(e.details);
            QVERIFY2(haystack.contains(text, Qt::CaseInsensitive), qPrintable(haystack));
        }

        // actor and key version pickers
        view.clearFilters();
        QVERIFY(view.actorCombo()->count() > 1);
        view.actorCombo()->setCurrentIndex(1);
        const QString actor = view.actorCombo()->currentData().toString();
        view.applyFilter();
        fetchAll(view);
        QVERIFY(view.model()->rowCount() > 0);
        for (const AuditEvent &e : rows(view))
            QCOMPARE(e.actor, actor);
        view.clearFilters();
        view.keyVersionBox()->setValue(2);
        view.applyFilter();
        fetchAll(view);
        QVERIFY(view.model()->rowCount() > 0);
        for (const AuditEvent &e : rows(view))
            QCOMPARE(e.keyVersion, std::optional<int>(2));

        // a period: only events of those UTC days
        view.clearFilters();
        const QDate day = view.model()->eventAt(view.model()->rowCount() / 2).at.toUTC().date();
        view.sinceCheck()->setChecked(true);
        view.sinceEdit()->setDate(day);
        view.untilCheck()->setChecked(true);
        view.untilEdit()->setDate(day);
        view.applyFilter();
        fetchAll(view);
        QVERIFY(view.model()->rowCount() > 0);
        for (const AuditEvent &e : rows(view))
            QCOMPARE(e.at.toUTC().date(), day);
    }

    void detailsPaneShowsCanonicalJsonAndHashes()
    {
        AuditView view(*m_workspace);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.model()->rowCount() > 5);
        QTest::mouseClick(view.table()->viewport(), Qt::LeftButton, {},
                          view.table()->visualRect(view.model()->index(3, AuditModel::Action)).center());
        const AuditEvent &e = view.model()->eventAt(3);
        QCOMPARE(view.selectedEventId(), e.id);
        QCOMPARE(view.canonicalJsonView()->toPlainText(), QString::fromUtf8(canonicalJson(e)));
        QVERIFY(view.canonicalJsonView()->isReadOnly());
        QCOMPARE(view.hashLabel()->text(), QString::fromLatin1(e.hash));
        QCOMPARE(view.prevHashLabel()->text(), QString::fromLatin1(e.prevHash));
        QCOMPARE(QString::fromLatin1(chainHash(e.prevHash, canonicalJson(e))), view.hashLabel()->text());
    }

    void goToButtonEmitsTheTargetsSignal()
    {
        auto runs = m_workspace->store().runs(m_keyId);
        QVERIFY(runs.ok() && !runs->isEmpty());
        const qint64 runId = runs->first().id;
        const qint64 noticeEvent =
            append(QStringLiteral("notice.approved"), QStringLiteral("notice"), QStringLiteral("41"));
        const qint64 alertEvent =
            append(QStringLiteral("alert.raised"), QStringLiteral("alert"), QStringLiteral("7"),
                   QByteArray("{\"credential_id\":%1,\"run_id\":0}").replace("%1", QByteArray::number(m_keyId)));
        const qint64 consumerEvent =
            append(QStringLiteral("consumer.updated"), QStringLiteral("consumer"), QStringLiteral("3"));
        QVERIFY(noticeEvent && alertEvent && consumerEvent);
        auto own = m_workspace->audit().eventsFor(QStringLiteral("credential"), QString::number(m_keyId));
        auto ofRun = m_workspace->audit().eventsFor(QStringLiteral("run"), QString::number(runId));
        QVERIFY(own.ok() && ofRun.ok() && !own->isEmpty() && !ofRun->isEmpty());

        AuditView view(*m_workspace);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy keys(&view, &AuditView::credentialRequested);
        QSignalSpy runsSpy(&view, &AuditView::runRequested);
        QSignalSpy notices(&view, &AuditView::noticeRequested);

        QVERIFY(view.showAuditEvent(own->first().id));
        QVERIFY(view.goToButton()->isEnabled());
        QTest::mouseClick(view.goToButton(), Qt::LeftButton);
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys.last().at(0).toLongLong(), m_keyId);

        QVERIFY(view.showAuditEvent(ofRun->last().id));
        QTest::mouseClick(view.goToButton(), Qt::LeftButton);
        QCOMPARE(runsSpy.size(), 1);
        QCOMPARE(runsSpy.last().at(0).toLongLong(), runId);

        QVERIFY(view.showAuditEvent(noticeEvent));
        QTest::mouseClick(view.goToButton(), Qt::LeftButton);
        QCOMPARE(notices.size(), 1);
        QCOMPARE(notices.last().at(0).toLongLong(), qint64(41));

        // an alert names its key in its details
        QVERIFY(view.showAuditEvent(alertEvent));
        QTest::mouseClick(view.goToButton(), Qt::LeftButton);
        QCOMPARE(keys.size(), 2);
        QCOMPARE(keys.last().at(0).toLongLong(), m_keyId);

        // a consumer is none of the three
        QVERIFY(view.showAuditEvent(consumerEvent));
        QVERIFY(!view.goToButton()->isEnabled());
        QCOMPARE(keys.size() + runsSpy.size() + notices.size(), 4);
    }

    void showAuditEventClearsFiltersAndMovesTheWindow()
    {
        AuditView view(*m_workspace);
        // asked before the view was ever shown: it loads then
        QVERIFY(view.showAuditEvent(3));
        QCOMPARE(view.selectedEventId(), qint64(3));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.selectedEventId(), qint64(3));

        // a filter that leaves the event out is cleared
        view.actionCombo()->setEditText(QStringLiteral("rotation.*"));
        view.applyFilter();
        QVERIFY(rowOf(view, 1) < 0);
        QVERIFY(view.showAuditEvent(1));
        QVERIFY(view.actionCombo()->currentText().isEmpty());
        QVERIFY(view.model()->filter().isEmpty());
        QCOMPARE(view.selectedEventId(), qint64(1));
        QCOMPARE(view.canonicalJsonView()->toPlainText(),
                 QString::fromUtf8(canonicalJson(*m_workspace->audit().event(1))));
        // the window moved far from the newest events: they can be read back
        QVERIFY(view.model()->canFetchPrevious());
        QTRY_VERIFY(view.newerButton()->isVisible());
        QTest::mouseClick(view.newerButton(), Qt::LeftButton);
        QVERIFY(view.model()->rowOfEvent(1) >= 0);

        // a filter that keeps it stays
        const QString firstAction = m_workspace->audit().event(1)->action;
        view.actionCombo()->setEditText(firstAction);
        view.applyFilter();
        QVERIFY(view.showAuditEvent(1));
        QCOMPARE(view.model()->filter().actions, QStringList{firstAction});
        QCOMPARE(view.selectedEventId(), qint64(1));

        QVERIFY(!view.showAuditEvent(99999999));
        QVERIFY(view.messageLabel()->isVisible());
        QVERIFY(view.messageLabel()->text().contains(QLatin1String("99999999")));
    }

    void exportsTheCurrentFilter_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("csv") << int(AuditExportFormat::Csv);
        QTest::newRow("jsonl") << int(AuditExportFormat::JsonLines);
    }
    void exportsTheCurrentFilter()
    {
        QFETCH(int, format);
        AuditView view(*m_workspace);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.actionCombo()->setEditText(QStringLiteral("rotation.*"));
        view.applyFilter();
        auto count = view.model()->query().count(view.model()->filter());
        QVERIFY(count.ok() && count->exact && count->value > 0);

        const QString path =
            m_dir.filePath(QStringLiteral("export-%1.%2")
                               .arg(QTest::currentDataTag(), auditExportExtension(AuditExportFormat(format))));
        QSignalSpy finished(&view, &AuditView::exportFinished);
        view.exportTo(path, AuditExportFormat(format));
        QVERIFY(view.isBusy());
        QVERIFY(!view.verifyButton()->isEnabled());
        // one task at a time: a second is refused, and says so
        QSignalSpy refused(&view, &AuditView::verificationFinished);
        view.verifyChain(false);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().at(0).toBool(), false);
        QVERIFY(view.lastJobError().contains(QLatin1String("nothing was started")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(!view.isBusy());
        QVERIFY(view.lastJobError().isEmpty());
        QVERIFY(view.lastExport().has_value());
        QCOMPARE(view.lastExport()->rows, count->value);

        auto read = readAuditExport(path);
        QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
        QCOMPARE(qint64(read->events.size()), count->value);
        QVERIFY(read->hasHead);
        QCOMPARE(read->headHash, view.lastExport()->headHash);
        for (const AuditEvent &e : read->events) {
            QVERIFY(e.action.startsWith(QLatin1String("rotation.")));
            QCOMPARE(e, *m_workspace->audit().event(e.id));
        }
        QVERIFY(view.messageLabel()->text().contains(QLocale().toString(count->value)));

        // a file that cannot be written: said, and nothing is there
        const QString bad = m_dir.filePath(QStringLiteral("no-such-folder/sub/x.csv"));
        QDir(m_dir.path()).mkpath(QStringLiteral("no-such-folder"));
        QFile blocker(m_dir.filePath(QStringLiteral("no-such-folder/sub")));
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the folder should be
        blocker.close();
        view.exportTo(bad, AuditExportFormat(format));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QCOMPARE(finished.last().at(0).toBool(), false);
        QVERIFY(!view.lastJobError().isEmpty());
        QVERIFY(!QFile::exists(bad));
        QFile::remove(blocker.fileName());
    }

    void writesAnEvidencePack()
    {
        AuditView view(*m_workspace);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const QString folder = m_dir.filePath(QStringLiteral("evidence"));
        QSignalSpy finished(&view, &AuditView::evidencePackFinished);
        view.writeEvidencePack(today.addDays(-365), today, folder);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(view.lastJobError()));
        QVERIFY(view.lastEvidencePack().has_value());
        QCOMPARE(QFileInfo(view.lastEvidencePack()->folder).canonicalFilePath(), QFileInfo(folder).canonicalFilePath());
        QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("MANIFEST.sha256"))));
        QVERIFY(view.lastEvidencePack()->events > 0);
        // its verification was recorded, and the view shows the new event
        QVERIFY(view.lastVerificationEventId() > 0);
        QCOMPARE(view.model()->eventAt(0).id, view.lastVerificationEventId());
        QVERIFY(view.messageLabel()->text().contains(QDir::toNativeSeparators(view.lastEvidencePack()->folder)));

        // a folder that is not empty is refused, and nothing is written
        view.writeEvidencePack(today.addDays(-30), today, folder);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        QCOMPARE(finished.last().at(0).toBool(), false);
        QVERIFY(view.lastJobError().contains(QLatin1String("not empty")));
    }

    // Runs before tampering: the chain is intact.
    void verifiesTheChainAndRecordsIt()
    {
        AuditView view(*m_workspace);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto before = m_workspace->audit().count();
        QVERIFY(before.ok());
        QSignalSpy finished(&view, &AuditView::verificationFinished);
        view.verifyChain(false);
        QVERIFY(view.isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(view.lastVerification().has_value());
        const AuditVerification v = *view.lastVerification();
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.eventsChecked, *before);
        QVERIFY(view.verificationLabel()->isVisible());
        QVERIFY(view.verificationLabel()->text().contains(QString::fromLatin1(v.headHash)));

        // recorded as an audit.verified event, which the view shows at the top
        auto recorded = m_workspace->audit().event(view.lastVerificationEventId());
        QVERIFY(recorded.ok());
        QCOMPARE(recorded->action, QStringLiteral("audit.verified"));
        QCOMPARE(recorded->actor, QStringLiteral("carol"));
        QCOMPARE(recorded->id, *before + 1);
        QCOMPARE(view.model()->eventAt(0).id, recorded->id);
        QVERIFY(view.actionCombo()->findText(QStringLiteral("audit.verified")) >= 0);

        // a cancelled verification concludes nothing and records nothing (Cancel in its progress dialog)
        view.verifyChain(true);
        auto *progress = view.findChild<QProgressDialog *>();
        QVERIFY(progress);
        Q_EMIT progress->canceled();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        auto after = m_workspace->audit().count();
        QVERIFY(after.ok());
        if (!finished.last().at(0).toBool()) {
            QCOMPARE(*after, *before + 1);
            QVERIFY(view.lastJobError().contains(QLatin1String("cancelled")));
        } else {
            // the walk finished before it looked at the flag: then it was recorded like any other
            QCOMPARE(*after, *before + 2);
        }
        QTRY_VERIFY(!view.findChild<QProgressDialog *>());
        QVERIFY(view.verifyButton()->isEnabled());
    }

    void refreshesWhenShownAgainAfterNewEvents()
    {
        AuditView view(*m_workspace);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.hide();
        const qint64 added =
            append(QStringLiteral("credential.updated"), QStringLiteral("credential"), QString::number(m_keyId));
        QVERIFY(added > 0);
        QVERIFY(view.model()->rowOfEvent(added) < 0);
        view.show();
        QCOMPARE(view.model()->eventAt(0).id, added);
    }

    void mainWindowJumpsBetweenEventsAndTheirTargets()
    {
        m_workspace->inventoryModel()->reload();
        MainWindow window(*m_workspace);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        AuditView *audit = window.auditView();
        QVERIFY(audit);
        QCOMPARE(audit->objectName(), QStringLiteral("auditView"));
        QVERIFY(!audit->isLoaded()); // nothing read for a view nobody has looked at

        // from a key's audit trail in the inventory to the event in the history
        QVERIFY(window.showView(QStringLiteral("inventory")));
        QVERIFY(window.inventoryView()->showCredential(m_keyId));
        KeyDetailsPanel *details = window.inventoryView()->detailsPanel();
        QTRY_COMPARE(details->credentialId(), m_keyId);
        QTableWidget *trail = details->auditTable();
        QVERIFY(trail->rowCount() > 1);
        const int last = trail->rowCount() - 1; // the oldest: far from the newest page
        const qint64 eventId = trail->item(last, 0)->data(Qt::UserRole).toLongLong();
        QVERIFY(eventId > 0);
        details->tabs()->setCurrentIndex(KeyDetailsPanel::AuditTab);
        trail->scrollToItem(trail->item(last, 0));
        const QPoint cell = trail->visualItemRect(trail->item(last, 2)).center();
        QTest::mouseClick(trail->viewport(), Qt::LeftButton, {}, cell); // a widget's double click follows a press
        QTest::mouseDClick(trail->viewport(), Qt::LeftButton, {}, cell);
        QCOMPARE(window.currentViewName(), QStringLiteral("audit"));
        QVERIFY(audit->isLoaded());
        QCOMPARE(audit->selectedEventId(), eventId);

        // and from the event back to its key
        QTest::mouseClick(audit->goToButton(), Qt::LeftButton);
        QCOMPARE(window.currentViewName(), QStringLiteral("inventory"));
        QCOMPARE(window.inventoryView()->selectedCredentialId(), m_keyId);

        // a run's event opens the run
        auto runs = m_workspace->store().runs(m_keyId);
        QVERIFY(runs.ok() && !runs->isEmpty());
        auto ofRun = m_workspace->audit().eventsFor(QStringLiteral("run"), QString::number(runs->first().id));
        QVERIFY(ofRun.ok() && !ofRun->isEmpty());
        QVERIFY(window.showView(QStringLiteral("audit")));
        QVERIFY(audit->showAuditEvent(ofRun->first().id));
        QTest::mouseClick(audit->goToButton(), Qt::LeftButton);
        QCOMPARE(window.currentViewName(), QStringLiteral("rotations"));
        QCOMPARE(window.rotationsView()->selectedRunId(), runs->first().id);

        // a notice's event opens the approval queue on that notice, though the queue first lists another state
        QSqlQuery insert(m_workspace->database().connection());
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO notices (kind, state, subject, body_markdown, drafted_by,"
                                           " created_at, updated_at, credential_id) VALUES ('first', 'sent',"
                                           " 'Your key changes', 'b', 'frank', 0, 0, %1)")
                                .arg(m_keyId)));
        const qint64 noticeId = insert.lastInsertId().toLongLong();
        QVERIFY(noticeId > 0);
        const qint64 event = append(QStringLiteral("notice.sent"), QStringLiteral("notice"), QString::number(noticeId));
        QVERIFY(event > 0);
        QVERIFY(window.showView(QStringLiteral("audit")));
        QVERIFY(audit->showAuditEvent(event));
        QTest::mouseClick(audit->goToButton(), Qt::LeftButton);
        QCOMPARE(window.currentViewName(), QStringLiteral("approvals"));
        QCOMPARE(window.approvalsView()->currentNoticeId(), noticeId);
    }

    void verificationNamesATamperedEvent()
    {
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            other.setDatabaseName(m_path);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("UPDATE audit_events SET actor='mallory' WHERE id=5")));
            QCOMPARE(q.numRowsAffected(), 1);
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));

        AuditView view(*m_workspace);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy finished(&view, &AuditView::verificationFinished);
        view.verifyChain(false);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY(view.lastVerification().has_value());
        const AuditVerification v = *view.lastVerification();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadId, qint64(5));
        QVERIFY(!v.problem.isEmpty());
        QVERIFY(view.verificationLabel()->text().contains(QLatin1String("event 5")));
        // the broken result is recorded too, and the view jumps to the bad event
        auto recorded = m_workspace->audit().event(view.lastVerificationEventId());
        QVERIFY(recorded.ok());
        QCOMPARE(recorded->action, QStringLiteral("audit.verified"));
        auto *show = view.findChild<QPushButton *>(QStringLiteral("showBadEventButton"));
        QVERIFY(show && show->isVisible());
        QTest::mouseClick(show, Qt::LeftButton);
        QCOMPARE(view.selectedEventId(), qint64(5));
        QVERIFY(view.canonicalJsonView()->toPlainText().contains(QLatin1String("mallory")));
    }
};

QTEST_MAIN(TestAuditView)
#include "TestAuditView.moc"
