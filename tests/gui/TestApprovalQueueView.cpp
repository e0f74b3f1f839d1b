#include "ApprovalQueueView.h"
#include "NoticeEditDialog.h"
#include "RejectNoticeDialog.h"
#include "TestSupport.h"
#include "core/Workspace.h"
#include "core/models/NoticesModel.h"
#include "core/notices/NoticeStore.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>

using namespace keyturn;
using namespace keyturn::test;

namespace {
const QString kBody = QStringLiteral("Hello Acme Shop,\n\nplease switch to the new key before **2026-12-24**.\n\n"
                                     "- step one\n- step two\n\nSee [the guide](https://docs.example/rotate).\n");
}

class TestApprovalQueueView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{fixedNow()};
    int m_opened = 0;

    /// One workspace file, opened by two engineers: alice drafts, bob reviews.
    struct Team
    {
        std::unique_ptr<Workspace> alice;
        std::unique_ptr<Workspace> bob;
        qint64 consumerId = 0;
        qint64 credentialId = 0;
        qint64 campaignId = 0;
    };

    std::unique_ptr<Workspace> open(const QString &path, const QString &actor)
    {
        auto ws = Workspace::open(path, actor, m_clock);
        if (!ws)
            qFatal("cannot open a workspace: %s", qPrintable(ws.errorMessage()));
        return std::move(ws.value());
    }

    Team team()
    {
        Team t;
        const QString path = m_dir.filePath(QStringLiteral("w%1.keyturn").arg(++m_opened));
        t.alice = open(path, QStringLiteral("alice"));
        t.bob = open(path, QStringLiteral("bob"));
        Consumer consumer;
        consumer.externalId = QStringLiteral("c-100");
        consumer.name = QStringLiteral("Acme Shop");
        consumer.contactEmail = QStringLiteral("dev@acme.example");
        consumer.integrationPattern = QStringLiteral("rest");
        auto c = t.alice->store().upsertConsumer(consumer);
        if (!c)
            qFatal("upsertConsumer: %s", qPrintable(c.errorMessage()));
        t.consumerId = *c;
        Credential key = heldCredential(QStringLiteral("acme-shop-key"));
        key.kind = CredentialKind::Issued;
        key.consumerId = t.consumerId;
        auto k = t.alice->store().createCredential(key);
        if (!k)
            qFatal("createCredential: %s", qPrintable(k.errorMessage()));
        t.credentialId = *k;
        CampaignRecord campaign;
        campaign.name = QStringLiteral("Q4 key rotation");
        campaign.deadlineAt = fixedNow().addDays(30);
        campaign.state = QStringLiteral("open");
        auto id = t.alice->notices().createCampaign(campaign);
        if (!id)
            qFatal("createCampaign: %s", qPrintable(id.errorMessage()));
        t.campaignId = *id;
        return t;
    }

    /// A pending notice drafted by the workspace's actor.
    static qint64 draft(Workspace &ws, const Team &t, const QString &subject, qint64 sendInSecs = 3600)
    {
        NoticeDraft d;
        d.campaignId = t.campaignId;
        d.consumerId = t.consumerId;
        d.credentialId = t.credentialId;
        d.kind = NoticeKind::Migration;
        d.recipient = QStringLiteral("dev@acme.example");
        d.content = FilledNotice{subject, kBody};
        d.templateName = QStringLiteral("migration-rest");
        d.deadlineAt = fixedNow().addDays(30);
        d.sendAt = fixedNow().addSecs(sendInSecs);
        auto id = ws.notices().createNotice(d);
        if (!id)
            qFatal("createNotice: %s", qPrintable(id.errorMessage()));
        return *id;
    }

    static NoticeRecord stored(Workspace &ws, qint64 id)
    {
        auto n = ws.notices().notice(id);
        if (!n)
            qFatal("notice: %s", qPrintable(n.errorMessage()));
        return *n;
    }

    static QString text(ApprovalQueueView &view, const char *name)
    {
        auto *label = view.findChild<QLabel *>(QLatin1String(name));
        return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(name));
    }

    static void clickRow(ApprovalQueueView &view, qint64 noticeId, Qt::KeyboardModifiers modifiers = {})
    {
        QTableView *table = view.table();
        const int sourceRow = view.model()->rowOfNotice(noticeId);
        QVERIFY(sourceRow >= 0);
        const auto *proxy = qobject_cast<const QAbstractProxyModel *>(table->model());
        const QModelIndex index = proxy->mapFromSource(view.model()->index(sourceRow, NoticesModel::Subject));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers, table->visualRect(index).center());
    }

    static bool show(ApprovalQueueView &view)
    {
        view.resize(1250, 800);
        view.show();
        return QTest::qWaitForWindowExposed(&view);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    }

    void anEmptyQueueSaysSo()
    {
        Team t = team();
        ApprovalQueueView view(*t.bob);
        QVERIFY(show(view));
        auto *empty = view.findChild<QLabel *>(QStringLiteral("approvalQueueEmpty"));
        QVERIFY(empty);
        QVERIFY(empty->isVisible());
        QVERIFY2(empty->text().contains(QLatin1String("No notices wait for approval")), qPrintable(empty->text()));
        QVERIFY(!view.table()->isVisible());
        QCOMPARE(view.filter()->currentText(), QStringLiteral("Waiting for approval"));
        for (QPushButton *b :
             {view.approveButton(), view.approveSelectedButton(), view.rejectButton(), view.editButton()}) {
            QVERIFY2(!b->isEnabled(), qPrintable(b->objectName()));
            QVERIFY(!b->accessibleName().isEmpty());
        }

        // a notice drafted meanwhile shows after a refresh, selected, in place of the empty state
        const qint64 id = draft(*t.alice, t, QStringLiteral("Rotate your Acme key"));
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("refreshButton")), Qt::LeftButton);
        QVERIFY(!empty->isVisible());
        QVERIFY(view.table()->isVisible());
        QCOMPARE(view.currentNoticeId(), id);
    }

    void approvingAnotherEngineersNotice()
    {
        Team t = team();
        const qint64 id = draft(*t.alice, t, QStringLiteral("Rotate your Acme key"));
        ApprovalQueueView view(*t.bob);
        QVERIFY(show(view));
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.currentNoticeId(), id);

        // the details show the notice as the consumer will get it
        QVERIFY2(text(view, "noticeTo").contains(QLatin1String("Acme Shop <dev@acme.example>")),
                 qPrintable(text(view, "noticeTo")));
        QCOMPARE(text(view, "noticeSubject"), QStringLiteral("Rotate your Acme key"));
        QVERIFY(text(view, "noticeSendAt").startsWith(QLatin1String("2026-11-24 13:00 UTC")));
        QCOMPARE(text(view, "noticeState"), QStringLiteral("waiting for approval"));
        QVERIFY(text(view, "noticeCampaign").contains(QLatin1String("Q4 key rotation")));
        auto *tabs = view.findChild<QTabWidget *>(QStringLiteral("previewTabs"));
        QCOMPARE(tabs->count(), 3);
        QCOMPARE(tabs->tabText(0), QStringLiteral("HTML"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("Text"));
        QCOMPARE(tabs->tabText(2), QStringLiteral("History"));
        auto *html = view.findChild<QTextBrowser *>(QStringLiteral("htmlPreview"));
        QVERIFY(!html->openExternalLinks());
        QVERIFY(!html->openLinks());
        QVERIFY2(html->toPlainText().contains(QLatin1String("step one")), qPrintable(html->toPlainText()));
        QVERIFY(html->toHtml().contains(QLatin1String("https://docs.example/rotate")));
        auto *plain = view.findChild<QPlainTextEdit *>(QStringLiteral("textPreview"));
        QVERIFY(plain->isReadOnly());
        QVERIFY(plain->toPlainText().contains(QLatin1String("2026-12-24")));
        QVERIFY(!plain->toPlainText().contains(QLatin1String("**")));
        auto *history = view.findChild<QTextBrowser *>(QStringLiteral("noticeHistory"));
        QVERIFY2(history->toPlainText().contains(QLatin1String("alice")), qPrintable(history->toPlainText()));

        QVERIFY(view.approveButton()->isEnabled());
        QTest::mouseClick(view.approveButton(), Qt::LeftButton);
        const NoticeRecord n = stored(*t.bob, id);
        QCOMPARE(n.state, NoticeState::Approved);
        QCOMPARE(n.approvedBy, QStringLiteral("bob"));
        QVERIFY(view.lastError().isEmpty());
        // it left the queue
        QCOMPARE(view.model()->rowCount(), 0);
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("approvalQueueEmpty"))->isVisible());

        // under "Approved" it is listed, and cannot be approved twice
        view.filter()->setCurrentIndex(view.filter()->findText(QStringLiteral("Approved")));
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.currentNoticeId(), id);
        QVERIFY(!view.approveButton()->isEnabled());
        QVERIFY2(view.approveButton()->toolTip().contains(QLatin1String("only a pending notice")),
                 qPrintable(view.approveButton()->toolTip()));
        QVERIFY(text(view, "noticePeople").contains(QLatin1String("approved by bob")));
        QCOMPARE(view.model()->index(0, NoticesModel::ApprovedBy).data().toString(), QStringLiteral("bob"));
    }

    void theAuthorCannotApprove()
    {
        Team t = team();
        const qint64 id = draft(*t.alice, t, QStringLiteral("Rotate your Acme key"));
        ApprovalQueueView view(*t.alice);
        QVERIFY(show(view));
        QCOMPARE(view.currentNoticeId(), id);
        QVERIFY(!view.approveButton()->isEnabled());
        const QString why = t.alice->notices().approvalBlocker(stored(*t.alice, id));
        QVERIFY(!why.isEmpty());
        QCOMPARE(view.approveButton()->toolTip(), why);
        QVERIFY(why.contains(QLatin1String("alice")));

        // Approve selected names the refusal, and nothing changed
        QVERIFY(view.approveSelectedButton()->isEnabled());
        QTest::mouseClick(view.approveSelectedButton(), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = view.findChild<QMessageBox *>(QStringLiteral("approvalQueueError"))) != nullptr);
        QTRY_VERIFY(box->isVisible());
        QVERIFY2(box->text().contains(QLatin1String("no notice was approved")), qPrintable(box->text()));
        QCOMPARE(view.lastError(), box->text());
        box->accept();
        QCOMPARE(stored(*t.alice, id).state, NoticeState::Pending);
        QCOMPARE(view.currentNoticeId(), id);
    }

    void rejectingNeedsAReason()
    {
        Team t = team();
        const qint64 id = draft(*t.alice, t, QStringLiteral("Rotate your Acme key"));
        ApprovalQueueView view(*t.bob);
        QVERIFY(show(view));
        QVERIFY(view.rejectButton()->isEnabled());
        QTest::mouseClick(view.rejectButton(), Qt::LeftButton);
        RejectNoticeDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<RejectNoticeDialog *>(QApplication::activeModalWidget())) != nullptr);
        QCOMPARE(view.findChild<RejectNoticeDialog *>(), dialog);
        QVERIFY(!dialog->rejectButton()->isEnabled());
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("   "));
        QVERIFY(!dialog->rejectButton()->isEnabled());
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("The deadline is wrong"));
        QVERIFY(dialog->rejectButton()->isEnabled());
        QTest::mouseClick(dialog->rejectButton(), Qt::LeftButton);
        QTRY_VERIFY(view.findChild<RejectNoticeDialog *>() == nullptr);

        const NoticeRecord n = stored(*t.bob, id);
        QCOMPARE(n.state, NoticeState::Draft);
        QCOMPARE(n.rejectionReason, QStringLiteral("The deadline is wrong"));
        QCOMPARE(view.model()->rowCount(), 0);
        QVERIFY(view.lastError().isEmpty());

        // the drafts show it with the reason, ready to be edited
        view.filter()->setCurrentIndex(view.filter()->findText(QStringLiteral("Drafts")));
        QCOMPARE(view.currentNoticeId(), id);
        QVERIFY2(text(view, "noticeNote").contains(QLatin1String("The deadline is wrong")),
                 qPrintable(text(view, "noticeNote")));
        QVERIFY(!view.rejectButton()->isEnabled());
        QVERIFY(view.editButton()->isEnabled());
        QVERIFY(!view.approveButton()->isEnabled());
        auto *history = view.findChild<QTextBrowser *>(QStringLiteral("noticeHistory"));
        QVERIFY(history->toPlainText().contains(QLatin1String("The deadline is wrong")));

        // cancelling the dialog changes nothing
        view.filter()->setCurrentIndex(view.filter()->findText(QStringLiteral("All")));
        const qint64 other = draft(*t.alice, t, QStringLiteral("Another"));
        view.reload();
        QVERIFY(view.selectNotice(other));
        QTest::mouseClick(view.rejectButton(), Qt::LeftButton);
        QTRY_VERIFY((dialog = view.findChild<RejectNoticeDialog *>()) != nullptr);
        dialog->reject();
        QTRY_VERIFY(view.findChild<RejectNoticeDialog *>() == nullptr);
        QCOMPARE(stored(*t.bob, other).state, NoticeState::Pending);
    }

    void batchApprovalIsAllOrNothing()
    {
        Team t = team();
        const qint64 a = draft(*t.alice, t, QStringLiteral("A"), 600);
        const qint64 b = draft(*t.alice, t, QStringLiteral("B"), 1200);
        const qint64 c = draft(*t.alice, t, QStringLiteral("C"), 1800);
        const qint64 own = draft(*t.bob, t, QStringLiteral("Bob's own"), 2400);
        ApprovalQueueView view(*t.bob);
        QVERIFY(show(view));
        QCOMPARE(view.model()->rowCount(), 4);

        // bob's own notice in the batch: nothing is approved
        clickRow(view, a);
        clickRow(view, own, Qt::ControlModifier);
        QCOMPARE(view.selectedNoticeIds(), (QList<qint64>{a, own}));
        QTest::mouseClick(view.approveSelectedButton(), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = view.findChild<QMessageBox *>(QStringLiteral("approvalQueueError"))) != nullptr);
        QVERIFY2(box->text().contains(QLatin1String("bob")), qPrintable(box->text()));
        box->accept();
        QTRY_VERIFY(view.findChild<QMessageBox *>(QStringLiteral("approvalQueueError")) == nullptr);
        QCOMPARE(stored(*t.bob, a).state, NoticeState::Pending);
        QCOMPARE(stored(*t.bob, own).state, NoticeState::Pending);

        // two of alice's: both approved, and the next one waiting is selected
        clickRow(view, a);
        clickRow(view, b, Qt::ControlModifier);
        QCOMPARE(view.selectedNoticeIds(), (QList<qint64>{a, b}));
        QCOMPARE(view.approveSelectedButton()->text(), QStringLiteral("Approve selected (2)"));
        QTest::mouseClick(view.approveSelectedButton(), Qt::LeftButton);
        QCOMPARE(stored(*t.bob, a).state, NoticeState::Approved);
        QCOMPARE(stored(*t.bob, b).state, NoticeState::Approved);
        QCOMPARE(stored(*t.bob, c).state, NoticeState::Pending);
        QVERIFY(view.lastError().isEmpty());
        QCOMPARE(view.model()->rowCount(), 2);
        QCOMPARE(view.currentNoticeId(), c);
        QCOMPARE(view.selectedNoticeIds(), QList<qint64>{c});
    }

    void editingKeepsADiffAndResubmits()
    {
        Team t = team();
        const qint64 id = draft(*t.alice, t, QStringLiteral("Rotate your Acme key"));
        ApprovalQueueView view(*t.bob);
        QVERIFY(show(view));
        QVERIFY(view.editButton()->isEnabled());
        QTest::mouseClick(view.editButton(), Qt::LeftButton);
        NoticeEditDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<NoticeEditDialog *>(QApplication::activeModalWidget())) != nullptr);
        QCOMPARE(dialog->subjectEdit()->text(), QStringLiteral("Rotate your Acme key"));
        QCOMPARE(dialog->bodyEdit()->toPlainText(), kBody);
        QVERIFY(dialog->preview()->toPlainText().contains(QLatin1String("step one")));

        dialog->subjectEdit()->selectAll();
        QTest::keyClicks(dialog->subjectEdit(), QStringLiteral("Action needed: rotate your Acme key"));
        // a leftover placeholder: shown at once, and refused on save
        dialog->bodyEdit()->moveCursor(QTextCursor::End);
        QTest::keyClicks(dialog->bodyEdit(), QStringLiteral("Questions? Write to {{contact}}."));
        QVERIFY2(dialog->errorText().contains(QLatin1String("contact")), qPrintable(dialog->errorText()));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->errorText().contains(QLatin1String("not saved")), qPrintable(dialog->errorText()));
        QCOMPARE(stored(*t.bob, id).subject, QStringLiteral("Rotate your Acme key"));
        QCOMPARE(stored(*t.bob, id).bodyMarkdown, kBody);

        dialog->bodyEdit()->setPlainText(kBody + QStringLiteral("\nQuestions? Write to platform@example.com.\n"));
        QVERIFY(dialog->errorText().isEmpty());
        QVERIFY(dialog->preview()->toPlainText().contains(QLatin1String("Questions?")));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(view.findChild<NoticeEditDialog *>() == nullptr);

        const NoticeRecord n = stored(*t.bob, id);
        QCOMPARE(n.subject, QStringLiteral("Action needed: rotate your Acme key"));
        QCOMPARE(n.state, NoticeState::Pending);
        QCOMPARE(n.lastEditedBy, QStringLiteral("bob"));
        QCOMPARE(view.currentNoticeId(), id);
        QCOMPARE(text(view, "noticeSubject"), n.subject);
        auto *plain = view.findChild<QPlainTextEdit *>(QStringLiteral("textPreview"));
        QVERIFY(plain->toPlainText().contains(QLatin1String("platform@example.com")));
        const QString history = view.findChild<QTextBrowser *>(QStringLiteral("noticeHistory"))->toPlainText();
        QVERIFY2(history.contains(QLatin1String("edited")), qPrintable(history));
        QVERIFY2(history.contains(QLatin1String("-Rotate your Acme key")), qPrintable(history));
        QVERIFY2(history.contains(QLatin1String("+Action needed: rotate your Acme key")), qPrintable(history));
        QVERIFY2(history.contains(QLatin1String("+Questions? Write to platform@example.com.")), qPrintable(history));

        // bob edited it, so bob may no longer approve it
        QVERIFY(!view.approveButton()->isEnabled());
        QVERIFY2(view.approveButton()->toolTip().contains(QLatin1String("bob")),
                 qPrintable(view.approveButton()->toolTip()));
    }

    void keyboardShortcuts()
    {
        Team t = team();
        const qint64 a = draft(*t.alice, t, QStringLiteral("A"), 600);
        const qint64 b = draft(*t.alice, t, QStringLiteral("B"), 1200);
        ApprovalQueueView view(*t.bob);
        QVERIFY(show(view));
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.table()->setFocus();
        QCOMPARE(view.currentNoticeId(), a);
        QVERIFY(view.approveButton()->toolTip().contains(
            view.approveButton()->shortcut().toString(QKeySequence::NativeText)));

        QTest::keyClick(view.table(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(stored(*t.bob, a).state, NoticeState::Approved);
        QTRY_COMPARE(view.currentNoticeId(), b);

        QTest::keyClick(view.table(), Qt::Key_F2);
        NoticeEditDialog *edit = nullptr;
        QTRY_VERIFY((edit = view.findChild<NoticeEditDialog *>()) != nullptr);
        edit->reject();
        QTRY_VERIFY(view.findChild<NoticeEditDialog *>() == nullptr);
        // the offscreen platform does not hand activation back to the view when the dialog closes
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));

        QTest::keyClick(view.table(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        RejectNoticeDialog *reject = nullptr;
        QTRY_VERIFY((reject = view.findChild<RejectNoticeDialog *>()) != nullptr);
        reject->reject();
        QTRY_VERIFY(view.findChild<RejectNoticeDialog *>() == nullptr);
        QCOMPARE(stored(*t.bob, b).state, NoticeState::Pending);
    }
};

QTEST_MAIN(TestApprovalQueueView)
#include "TestApprovalQueueView.moc"
