// Team mode's roles, enforced by PostgreSQL: an auditor changes nothing, an engineer cannot rotate, an administrator
// cannot approve, and nobody approves a notice of their own rotation. Runs only as TestTeamRoles_pg (ctest fixture pg).
#include "TestSupport.h"
#include "core/Workspace.h"
#include "core/notices/NoticeStore.h"
#include "core/store/TeamRoles.h"

#include <QSqlQuery>

using namespace keyturn;
using namespace keyturn::test;

class TestTeamRoles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_owner; ///< the workspace as its owner (the test server's superuser)
    std::unique_ptr<Workspace> m_admin;
    qint64 m_credential = 0;

    /// A login role without superuser rights, holding `groups`, and the workspace's address for it.
    QString person(const QString &name, const QStringList &groups)
    {
        const QString user = QStringLiteral("%1_%2").arg(name).arg(QCoreApplication::applicationPid());
        ensureTestRole(user, false);
        QStringList grants;
        for (const QString &g : groups)
            grants << QStringLiteral("GRANT %1 TO \"%2\"").arg(g, user);
        onTestServer(grants);
        QUrl url(m_owner);
        url.setUserName(user);
        return url.toString();
    }

    std::unique_ptr<Workspace> openAs(const QString &location)
    {
        auto ws = Workspace::open(location, QStringLiteral("ignored in team mode"), SystemClock::instance());
        if (!ws)
            qFatal("cannot open the team workspace: %s", qPrintable(ws.errorMessage()));
        return std::move(ws.value());
    }

    qint64 count(Workspace &ws, const QString &table)
    {
        QSqlQuery q = ws.database().query();
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !q.next())
            qFatal("cannot count %s", qPrintable(table));
        return q.value(0).toLongLong();
    }

    qint64 pendingNotice(Workspace &drafter, qint64 runId = 0)
    {
        NoticeDraft d;
        d.kind = NoticeKind::Migration;
        d.recipient = QStringLiteral("ops@acme.example");
        d.content = {QStringLiteral("Action required: rotate your API key"), QStringLiteral("# Rotate\n\nPlease.")};
        d.templateName = QStringLiteral("migration-rest");
        d.runId = runId;
        d.credentialId = m_credential;
        auto id = drafter.notices().createNotice(d);
        if (!id)
            qFatal("cannot draft a notice: %s", qPrintable(id.errorMessage()));
        return *id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!testingOnPostgres())
            QSKIP("team roles live in PostgreSQL: this runs as TestTeamRoles_pg");
        m_owner = newTestWorkspace(m_dir, QStringLiteral("roles"));
        auto owner = openAs(m_owner);
        auto made = initTeamRoles(owner->database());
        QVERIFY2(made.ok(), qPrintable(made.errorMessage()));
        // running it again brings the same roles up to date
        QVERIFY2(initTeamRoles(owner->database()).ok(), "init-roles is not repeatable");
        m_admin = openAs(person(QStringLiteral("adm"), {QStringLiteral("keyturn_admin")}));
        auto id = m_admin->store().createCredential(heldCredential(QStringLiteral("stripe-api-key")));
        QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
        m_credential = *id;
        QVERIFY(m_admin->store().addKeyVersion(currentKey(m_credential, "k1")).ok());
    }

    void theActingIdentityIsTheDatabaseUser()
    {
        auto roles = TeamRoles::of(m_admin->database());
        QVERIFY(roles.ok());
        QVERIFY(roles->team && roles->admin && !roles->engineer && !roles->auditor && !roles->superuser);
        QCOMPARE(m_admin->actor(), roles->user);
        QVERIFY(roles->user.startsWith(QLatin1String("adm_")));
        QVERIFY(roles->mayRotate() && roles->mayEditInventory() && !roles->mayReviewNotices());
    }

    void anAuditorChangesNothing()
    {
        auto auditor = openAs(person(QStringLiteral("aud"), {QStringLiteral("keyturn_auditor")}));
        auto roles = TeamRoles::of(auditor->database());
        QVERIFY(roles.ok() && roles->auditor && !roles->mayWrite() && !roles->mayRotate());
        const qint64 credentials = count(*auditor, QStringLiteral("credentials"));
        const qint64 events = count(*auditor, QStringLiteral("audit_events"));

        auto created = auditor->store().createCredential(heldCredential(QStringLiteral("sneaky-key")));
        QVERIFY(!created.ok());
        QVERIFY2(created.errorMessage().contains(QLatin1String("Your database role does not allow this")),
                 qPrintable(created.errorMessage()));
        QVERIFY2(created.errorMessage().contains(QLatin1String("permission denied for table credentials")),
                 qPrintable(created.errorMessage()));
        QVERIFY(created.errorMessage().contains(QLatin1String("Nothing was changed")));

        const qint64 notice = pendingNotice(*m_admin);
        auto approved = auditor->notices().approve({notice});
        QVERIFY(!approved.ok());
        QVERIFY2(approved.errorMessage().contains(QLatin1String("does not allow")),
                 qPrintable(approved.errorMessage()));
        QCOMPARE(m_admin->notices().notice(notice)->state, NoticeState::Pending);

        // reading works, and the attempts left nothing behind: no row, no audit event
        QVERIFY(auditor->audit().verify()->intact);
        QCOMPARE(count(*auditor, QStringLiteral("credentials")), credentials);
        QCOMPARE(count(*m_admin, QStringLiteral("audit_events")), events + 1); // the admin's draft only
        QSqlQuery raw = auditor->database().query();
        QVERIFY(!raw.exec(QStringLiteral("DELETE FROM audit_events")));
        QVERIFY(Database::isPermissionDenied(raw));
    }

    void anEngineerReviewsNoticesButCannotRotate()
    {
        auto engineer = openAs(person(QStringLiteral("eng"), {QStringLiteral("keyturn_engineer")}));
        const qint64 runs = count(*engineer, QStringLiteral("rotation_runs"));
        auto run = engineer->store().createRun(m_credential, QStringLiteral("manual"));
        QVERIFY(!run.ok());
        QVERIFY2(run.errorMessage().contains(QLatin1String("permission denied for table rotation_runs")),
                 qPrintable(run.errorMessage()));
        QCOMPARE(count(*engineer, QStringLiteral("rotation_runs")), runs);
        QVERIFY(m_admin->store().credential(m_credential)->lifecycle == Lifecycle::Active);

        // the engineer approves what an administrator drafted, as themself
        const qint64 notice = pendingNotice(*m_admin);
        auto approved = engineer->notices().approve({notice});
        QVERIFY2(approved.ok(), qPrintable(approved.errorMessage()));
        QCOMPARE(m_admin->notices().notice(notice)->approvedBy, engineer->actor());

        // naming someone else as the approver is refused by the database, whatever the client
        const qint64 other = pendingNotice(*m_admin);
        QSqlQuery forged = engineer->database().query();
        QVERIFY(!forged.exec(QStringLiteral("UPDATE notices SET state = 'approved', approved_by = 'somebody_else'"
                                            " WHERE id = %1")
                                 .arg(other)));
        QVERIFY(Database::isPermissionDenied(forged));
        QCOMPARE(m_admin->notices().notice(other)->state, NoticeState::Pending);
    }

    void anAdministratorCannotApproveAndNobodyApprovesTheirOwnRotation()
    {
        // an administrator is no security engineer (even for a notice someone else drafted)
        auto runner = openAs(person(QStringLiteral("runner"), {QStringLiteral("keyturn_admin")}));
        const qint64 notice = pendingNotice(*runner);
        auto byAdmin = m_admin->notices().approve({notice});
        QVERIFY(!byAdmin.ok());
        QVERIFY2(byAdmin.errorMessage().contains(QLatin1String("only a security engineer")),
                 qPrintable(byAdmin.errorMessage()));

        // someone who is both starts a rotation; its notice, drafted by the run-due service, is not theirs to approve
        auto lead = openAs(
            person(QStringLiteral("lead"), {QStringLiteral("keyturn_admin"), QStringLiteral("keyturn_engineer")}));
        auto run = lead->store().createRun(m_credential, QStringLiteral("manual"));
        QVERIFY2(run.ok(), qPrintable(run.errorMessage()));
        const qint64 ofLeadsRun = pendingNotice(*runner, *run);
        auto own = lead->notices().approve({ofLeadsRun});
        QVERIFY(!own.ok());
        QVERIFY2(own.errorMessage().contains(QLatin1String("four eyes")), qPrintable(own.errorMessage()));
        QCOMPARE(m_admin->notices().notice(ofLeadsRun)->state, NoticeState::Pending);
        // another engineer may
        auto engineer = openAs(person(QStringLiteral("eng2"), {QStringLiteral("keyturn_engineer")}));
        QVERIFY(engineer->notices().approve({ofLeadsRun}).ok());
        QCOMPARE(m_admin->notices().notice(ofLeadsRun)->state, NoticeState::Approved);
    }

    void cleanupTestCase() { m_admin.reset(); }
};

QTEST_GUILESS_MAIN(TestTeamRoles)
#include "TestTeamRoles.moc"
