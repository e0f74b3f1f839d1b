// The notice store: the gated send's states, four eyes, rejection with a reason, edits kept as diffs, batch approval
// all or nothing, claims that only one client wins, versioned templates; every change audited.
#include "TestSupport.h"
#include "core/notices/NoticeStore.h"

#include <QSqlQuery>

using namespace keyturn;
using namespace keyturn::test;

namespace {
const QString kBody = QStringLiteral("# Rotate your key\n\nHello **Acme**,\n\n- create a new key\n- switch to it\n");

NoticeDraft sampleDraft(const QString &draftedBy = {})
{
    NoticeDraft d;
    d.kind = NoticeKind::Migration;
    d.recipient = QStringLiteral("ops@acme.example");
    d.content = {QStringLiteral("Action required: rotate your API key"), kBody};
    d.templateName = QStringLiteral("migration-rest");
    d.draftedBy = draftedBy;
    return d;
}
} // namespace

class TestNoticeStore : public QObject
{
    Q_OBJECT

    struct Fixture : StoreFixture
    {
        std::unique_ptr<NoticeStore> alice;
        std::unique_ptr<NoticeStore> bob;
        Fixture()
        {
            alice = std::make_unique<NoticeStore>(*db, *audit, clock, QStringLiteral("alice"));
            bob = std::make_unique<NoticeStore>(*db, *audit, clock, QStringLiteral("bob"));
        }
        QString state(qint64 id) const { return alice->notice(id).value().state; }
        qint64 auditCount(const QString &action) const
        {
            return scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = '%1'").arg(action));
        }
    };

private Q_SLOTS:
    void draftsEnterAsPendingAndAreAudited()
    {
        Fixture f;
        auto id = f.alice->createNotice(sampleDraft());
        QVERIFY2(id, qPrintable(id.errorMessage()));
        const NoticeRecord n = f.alice->notice(*id).value();
        QCOMPARE(n.state, NoticeState::Pending);
        QCOMPARE(n.draftedBy, QStringLiteral("alice"));
        QCOMPARE(n.sendAt, f.clock.now());
        QCOMPARE(f.auditCount(QStringLiteral("notice.drafted")), 1);
        QCOMPARE(f.alice->events(*id).value().size(), 1);
    }

    void aDraftWithoutAnAddressOrThatDoesNotRenderIsRefused()
    {
        Fixture f;
        NoticeDraft d = sampleDraft();
        d.recipient = QString();
        QVERIFY(!f.alice->createNotice(d));
        d = sampleDraft();
        d.content.bodyMarkdown = QStringLiteral("Hello {{consumer_name}}");
        auto r = f.alice->createNotice(d);
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().contains(QStringLiteral("no notice was drafted")), qPrintable(r.errorMessage()));
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM notices")), 0);
    }

    void theAuthorCannotApproveTheirOwnNotice()
    {
        Fixture f;
        const qint64 id = f.alice->createNotice(sampleDraft()).value();
        QVERIFY(!f.alice->approvalBlocker(f.alice->notice(id).value()).isEmpty());
        auto r = f.alice->approve({id});
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().contains(QStringLiteral("another engineer")), qPrintable(r.errorMessage()));
        QCOMPARE(f.state(id), NoticeState::Pending);
        // The same actor spelled differently is still the same person.
        NoticeStore aliceUpper(*f.db, *f.audit, f.clock, QStringLiteral("Alice "));
        QVERIFY(!aliceUpper.approve({id}));
        QVERIFY2(f.bob->approve({id}), "bob approves alice's notice");
        QCOMPARE(f.state(id), NoticeState::Approved);
        QCOMPARE(f.alice->notice(id).value().approvedBy, QStringLiteral("bob"));
        QCOMPARE(f.auditCount(QStringLiteral("notice.approved")), 1);
    }

    void aNoticeDraftedByARotationCountsAsItsStarters()
    {
        Fixture f;
        // The store acting as "keyturn" (a timer) drafts on behalf of the run's starter, bob.
        NoticeStore timer(*f.db, *f.audit, f.clock, QStringLiteral("keyturn-timer"));
        const qint64 id = timer.createNotice(sampleDraft(QStringLiteral("bob"))).value();
        QVERIFY(!f.bob->approve({id}));
        QVERIFY(f.alice->approve({id}));
    }

    void theLastEditorCannotApproveEither()
    {
        Fixture f;
        const qint64 id = f.alice->createNotice(sampleDraft()).value();
        const NoticeRecord n = f.alice->notice(id).value();
        QVERIFY(f.bob->edit(id, n.rowVersion, n.subject, n.bodyMarkdown + QStringLiteral("\nThanks.\n")));
        QVERIFY(!f.bob->approve({id}));
        QVERIFY(!f.alice->approve({id}));
        NoticeStore carol(*f.db, *f.audit, f.clock, QStringLiteral("carol"));
        QVERIFY(carol.approve({id}));
    }

    void rejectNeedsAReasonAndReturnsToDraft()
    {
        Fixture f;
        const qint64 id = f.alice->createNotice(sampleDraft()).value();
        QVERIFY(!f.bob->reject(id, QStringLiteral("  ")));
        QCOMPARE(f.state(id), NoticeState::Pending);
        QVERIFY(f.bob->reject(id, QStringLiteral("wrong deadline")));
        const NoticeRecord n = f.alice->notice(id).value();
        QCOMPARE(n.state, NoticeState::Draft);
        QCOMPARE(n.rejectionReason, QStringLiteral("wrong deadline"));
        QVERIFY(!f.bob->approve({id})); // a draft is not approvable
        const QList<NoticeEvent> events = f.alice->events(id).value();
        QCOMPARE(events.last().action, QStringLiteral("rejected"));
        QCOMPARE(events.last().detail, QStringLiteral("wrong deadline"));
        QCOMPARE(f.auditCount(QStringLiteral("notice.rejected")), 1);
        // Edited, it is submitted again.
        QVERIFY(f.alice->edit(id, n.rowVersion, n.subject, n.bodyMarkdown + QStringLiteral("\nFixed.\n")));
        QCOMPARE(f.state(id), NoticeState::Pending);
    }

    void anEditIsKeptAsADiffAndVoidsAnApproval()
    {
        Fixture f;
        const qint64 id = f.alice->createNotice(sampleDraft()).value();
        QVERIFY(f.bob->approve({id}));
        NoticeRecord n = f.alice->notice(id).value();
        QString body = n.bodyMarkdown;
        body.replace(QStringLiteral("- switch to it"), QStringLiteral("- switch to it before Friday"));
        QVERIFY(f.alice->edit(id, n.rowVersion, QStringLiteral("Rotate your API key by Friday"), body));
        n = f.alice->notice(id).value();
        QCOMPARE(n.state, NoticeState::Pending);
        QCOMPARE(n.approvedBy, QString());
        QCOMPARE(n.lastEditedBy, QStringLiteral("alice"));
        const NoticeEvent edit = f.alice->events(id).value().last();
        QCOMPARE(edit.action, QStringLiteral("edited"));
        QVERIFY2(edit.detail.contains(QStringLiteral("-- switch to it\n+- switch to it before Friday\n")),
                 qPrintable(edit.detail));
        QVERIFY(edit.detail.contains(QStringLiteral("+Rotate your API key by Friday")));
        // The audit log proves which body was approved without holding it.
        const qint64 edited = f.auditCount(QStringLiteral("notice.edited"));
        QCOMPARE(edited, 1);
    }

    void aStaleEditOrALeftoverPlaceholderChangesNothing()
    {
        Fixture f;
        const qint64 id = f.alice->createNotice(sampleDraft()).value();
        const NoticeRecord n = f.alice->notice(id).value();
        QVERIFY(f.bob->reject(id, QStringLiteral("tone")));
        auto stale = f.alice->edit(id, n.rowVersion, n.subject, QStringLiteral("changed"));
        QVERIFY(!stale);
        QVERIFY(stale.errorMessage().contains(QStringLiteral("not saved")));
        const NoticeRecord now = f.alice->notice(id).value();
        auto placeholder = f.alice->edit(id, now.rowVersion, n.subject, QStringLiteral("Hi {{contact}}"));
        QVERIFY(!placeholder);
        QCOMPARE(f.alice->notice(id).value().bodyMarkdown, kBody);
    }

    void batchApprovalIsAllOrNothing()
    {
        Fixture f;
        const qint64 a = f.alice->createNotice(sampleDraft()).value();
        const qint64 b = f.alice->createNotice(sampleDraft()).value();
        const qint64 own = f.bob->createNotice(sampleDraft()).value();
        auto r = f.bob->approve({a, b, own});
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().contains(QStringLiteral("notice %1").arg(own)), qPrintable(r.errorMessage()));
        QCOMPARE(f.state(a), NoticeState::Pending);
        QCOMPARE(f.state(b), NoticeState::Pending);
        QVERIFY(f.bob->approve({a, b}));
        QCOMPARE(f.state(a), NoticeState::Approved);
        QCOMPARE(f.state(b), NoticeState::Approved);
    }

    void onlyOneClientClaimsANoticeForSending()
    {
        Fixture f;
        const qint64 id = f.alice->createNotice(sampleDraft()).value();
        // not approved: nobody may claim it
        QCOMPARE(f.bob->claim(id, QStringLiteral("h1"), 60, QStringLiteral("<m@x>")).value(), false);
        QVERIFY(f.bob->approve({id}));
        QCOMPARE(f.bob->claim(id, QStringLiteral("h1"), 60, QStringLiteral("<m@x>")).value(), true);
        QCOMPARE(f.alice->claim(id, QStringLiteral("h2"), 60, QStringLiteral("<m@x>")).value(), false);
        QCOMPARE(f.state(id), NoticeState::Sending);
        // Only the holder records the outcome.
        QVERIFY(!f.alice->markSent(id, QStringLiteral("h2"), QStringLiteral("t")));
        QVERIFY(f.bob->markSent(id, QStringLiteral("h1"), QStringLiteral("msg_1")));
        const NoticeRecord n = f.alice->notice(id).value();
        QCOMPARE(n.state, NoticeState::Sent);
        QCOMPARE(n.transportId, QStringLiteral("msg_1"));
        QCOMPARE(n.messageId, QStringLiteral("<m@x>"));
        QCOMPARE(n.sentAt, f.clock.now());
        QVERIFY(!f.alice->cancel(id, QStringLiteral("too late")));
        QVERIFY(!f.alice->edit(id, n.rowVersion, QStringLiteral("x"), kBody));
    }

    void aNoticeIsNotClaimedBeforeItsSendTime()
    {
        Fixture f;
        NoticeDraft d = sampleDraft();
        d.sendAt = f.clock.now().addDays(2);
        const qint64 id = f.alice->createNotice(d).value();
        QVERIFY(f.bob->approve({id}));
        QVERIFY(f.bob->dueForSending(f.clock.now()).value().isEmpty());
        QCOMPARE(f.bob->claim(id, QStringLiteral("h"), 60, QStringLiteral("<m@x>")).value(), false);
        f.clock.advanceSecs(49 * 3600);
        QCOMPARE(f.bob->dueForSending(f.clock.now()).value().size(), 1);
    }

    void transientFailuresComeBackPermanentOnesFail()
    {
        Fixture f;
        const qint64 id = f.alice->createNotice(sampleDraft()).value();
        QVERIFY(f.bob->approve({id}));
        QVERIFY(f.bob->claim(id, QStringLiteral("h"), 60, QStringLiteral("<m@x>")).value());
        const QDateTime later = f.clock.now().addSecs(300);
        QVERIFY(f.bob->markAttemptFailed(id, QStringLiteral("h"), QStringLiteral("timeout"), later));
        NoticeRecord n = f.alice->notice(id).value();
        QCOMPARE(n.state, NoticeState::Approved);
        QCOMPARE(n.sendAt, later);
        QCOMPARE(n.attempts, 1);
        f.clock.advanceSecs(360);
        QVERIFY(f.bob->claim(id, QStringLiteral("h"), 60, QStringLiteral("<m@x>")).value());
        QVERIFY(f.bob->markAttemptFailed(id, QStringLiteral("h"), QStringLiteral("550 no such user"), std::nullopt));
        n = f.alice->notice(id).value();
        QCOMPARE(n.state, NoticeState::Failed);
        QCOMPARE(n.lastError, QStringLiteral("550 no such user"));
        QVERIFY(f.alice->retry(id, QStringLiteral("address fixed at the consumer")));
        QCOMPARE(f.state(id), NoticeState::Approved);
    }

    void anExpiredClaimIsStuck()
    {
        Fixture f;
        const qint64 id = f.alice->createNotice(sampleDraft()).value();
        QVERIFY(f.bob->approve({id}));
        QVERIFY(f.bob->claim(id, QStringLiteral("h"), 60, QStringLiteral("<m@x>")).value());
        QVERIFY(f.bob->stuckSending(f.clock.now()).value().isEmpty());
        f.clock.advanceSecs(61);
        const QList<NoticeRecord> stuck = f.bob->stuckSending(f.clock.now()).value();
        QCOMPARE(stuck.size(), 1);
        QCOMPARE(stuck.first().leaseHolder, QStringLiteral("h"));
        QCOMPARE(f.alice->takeOverClaim(id, QStringLiteral("other"), QStringLiteral("h2"), 60).value(), false);
        QCOMPARE(f.alice->takeOverClaim(id, QStringLiteral("h"), QStringLiteral("h2"), 60).value(), true);
        QVERIFY(f.alice->confirmDelivered(id, QStringLiteral("the consumer confirmed by phone")));
        QCOMPARE(f.state(id), NoticeState::Sent);
    }

    void templatesAreVersioned()
    {
        Fixture f;
        auto builtIn = f.alice->activeTemplate(QStringLiteral("reminder"));
        QVERIFY(builtIn);
        QCOMPARE(builtIn->version, 0);
        auto bad = f.alice->saveTemplate(QStringLiteral("reminder"), QStringLiteral("Reminder"),
                                         QStringLiteral("Hello {{consumer_nmae}}"));
        QVERIFY(!bad);
        QVERIFY2(bad.errorMessage().contains(QStringLiteral("consumer_nmae")), qPrintable(bad.errorMessage()));
        QCOMPARE(f.alice
                     ->saveTemplate(QStringLiteral("reminder"), QStringLiteral("Reminder for {{consumer_name}}"),
                                    QStringLiteral("Hello {{consumer_name}}, {{days_left}} days left."))
                     .value(),
                 1);
        QCOMPARE(f.bob
                     ->saveTemplate(QStringLiteral("reminder"), QStringLiteral("Reminder: {{key_prefix}}"),
                                    QStringLiteral("{{days_left}} days left, {{consumer_name}}."))
                     .value(),
                 2);
        const NoticeTemplate active = f.alice->activeTemplate(QStringLiteral("reminder")).value();
        QCOMPARE(active.version, 2);
        QCOMPARE(active.createdBy, QStringLiteral("bob"));
        QCOMPARE(f.alice->templateHistory(QStringLiteral("reminder")).value().size(), 2);
        QCOMPARE(f.auditCount(QStringLiteral("template.saved")), 2);
        QVERIFY(!f.alice->saveTemplate(QStringLiteral("Bad Name"), QStringLiteral("x"), QStringLiteral("y")));
    }

    void cancelNeedsAReasonAndLeavesSentNoticesAlone()
    {
        Fixture f;
        const qint64 id = f.alice->createNotice(sampleDraft()).value();
        QVERIFY(!f.alice->cancel(id, QString()));
        QVERIFY(f.alice->cancel(id, QStringLiteral("consumer migrated")));
        QCOMPARE(f.state(id), NoticeState::Cancelled);
        QVERIFY(!f.bob->approve({id}));
    }

    void everyChangeKeepsTheAuditChainIntact()
    {
        Fixture f;
        const qint64 id = f.alice->createNotice(sampleDraft()).value();
        QVERIFY(f.bob->reject(id, QStringLiteral("typo")));
        const NoticeRecord n = f.alice->notice(id).value();
        QVERIFY(f.alice->edit(id, n.rowVersion, n.subject, kBody + QStringLiteral("\nFixed.\n")));
        QVERIFY(f.bob->approve({id}));
        auto verified = f.audit->verify();
        QVERIFY(verified);
        QVERIFY(verified->intact);
    }
};

QTEST_GUILESS_MAIN(TestNoticeStore)
#include "TestNoticeStore.moc"
