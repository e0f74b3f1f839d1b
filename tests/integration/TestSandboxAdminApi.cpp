// The sandbox's platform admin API and data plane (docs/sandbox-api.md), in-process over loopback.
#include "SandboxTestClient.h"
#include "core/domain/Fingerprint.h"

using namespace keyturn;
using namespace keyturn::test;

namespace {
QJsonObject createBody(const QString &user, const QString &name)
{
    return QJsonObject{{QStringLiteral("user_id"), user}, {QStringLiteral("name"), name}};
}

QString isoNow(const ManualClock &clock)
{
    return clock.now().toString(Qt::ISODateWithMs);
}
} // namespace

class TestSandboxAdminApi : public QObject
{
    Q_OBJECT

    /// Creates a key and returns the answer's object (key + secret).
    static QJsonObject create(SandboxClient &http, const QString &user, const QString &name,
                              const QString &prefix = QStringLiteral("/admin"))
    {
        const HttpAnswer a = http.post(As::Admin, prefix + QStringLiteral("/keys"), createBody(user, name));
        if (a.status != 201)
            qWarning("create answered %d: %s", a.status, a.body.constData());
        return a.json();
    }
    static int dataPlane(SandboxClient &http, const QString &secret, const QString &path = QStringLiteral("/v1/health"))
    {
        return http.send("GET", path, {{"Authorization", "Bearer " + secret.toLatin1()}}).status;
    }

private Q_SLOTS:
    void createAnswersTheKeyAndItsSecretOnce()
    {
        InProcessSandbox s;
        const HttpAnswer a =
            s.http().post(As::Admin, QStringLiteral("/admin/keys"), createBody("usr_0000abcd", "acme-prod"));
        QCOMPARE(a.status, 201);
        const QJsonObject key = a.json().value(QStringLiteral("key")).toObject();
        const QString secret = a.json().value(QStringLiteral("secret")).toString();
        for (const char *field : {"id", "user_id", "name", "environment", "version", "prefix", "fingerprint", "status",
                                  "created_at", "last_used_at", "expires_at", "request_count", "unauthorized_count"})
            QVERIFY2(key.contains(QLatin1String(field)), field);
        QVERIFY(secret.startsWith(QLatin1String("kt_live_")));
        QCOMPARE(secret.size(), 8 + 32);
        QCOMPARE(key.value(QStringLiteral("fingerprint")).toString(), fingerprintOf(secret.toLatin1()));
        QCOMPARE(key.value(QStringLiteral("prefix")).toString(), secret.left(12));
        QCOMPARE(key.value(QStringLiteral("user_id")).toString(), QStringLiteral("usr_0000abcd"));
        QCOMPARE(key.value(QStringLiteral("name")).toString(), QStringLiteral("acme-prod"));
        QCOMPARE(key.value(QStringLiteral("environment")).toString(), QStringLiteral("production"));
        QCOMPARE(key.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(key.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(key.value(QStringLiteral("created_at")).toString(), QStringLiteral("2026-11-24T12:00:00.000Z"));
        QVERIFY(key.value(QStringLiteral("last_used_at")).isNull());
        QVERIFY(key.value(QStringLiteral("expires_at")).isNull());
        QCOMPARE(key.value(QStringLiteral("request_count")).toInt(-1), 0);

        // Listing never shows the secret.
        const HttpAnswer list = s.http().get(As::Admin, QStringLiteral("/admin/keys"));
        QCOMPARE(list.status, 200);
        QVERIFY(!list.body.contains(secret.toLatin1()));
        QCOMPARE(list.json().value(QStringLiteral("keys")).toArray().size(), 1);
        // The user is known from then on.
        const QJsonArray users =
            s.http().get(As::Admin, QStringLiteral("/admin/users")).json().value("users").toArray();
        QCOMPARE(users.size(), 1);
        QCOMPARE(users.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("usr_0000abcd"));
    }

    void stagingKeysAreTestKeys()
    {
        InProcessSandbox s;
        QJsonObject body = createBody("usr_1", "acme-staging");
        body.insert(QStringLiteral("environment"), QStringLiteral("staging"));
        const HttpAnswer a = s.http().post(As::Admin, QStringLiteral("/admin/keys"), body);
        QCOMPARE(a.status, 201);
        QVERIFY(a.json().value(QStringLiteral("secret")).toString().startsWith(QLatin1String("kt_test_")));
        QCOMPARE(a.json().value("key").toObject().value("environment").toString(), QStringLiteral("staging"));
    }

    void createRejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("no user") << QByteArray(R"({"name":"x"})") << "user_id";
        QTest::newRow("no name") << QByteArray(R"({"user_id":"usr_1"})") << "name";
        QTest::newRow("empty name") << QByteArray(R"({"user_id":"usr_1","name":" "})") << "name";
        QTest::newRow("bad expiry") << QByteArray(R"({"user_id":"usr_1","name":"x","expires_at":"soon"})")
                                    << "expires_at";
        QTest::newRow("bad environment") << QByteArray(R"({"user_id":"usr_1","name":"x","environment":3})")
                                         << "environment";
        QTest::newRow("not json") << QByteArray("user_id=usr_1") << "JSON";
    }
    void createRejectsBadInput()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        InProcessSandbox s;
        const HttpAnswer a =
            s.http().send("POST", QStringLiteral("/admin/keys"), s.http().credentials(As::Admin), body);
        QCOMPARE(a.status, 400);
        QVERIFY2(a.json().value(QStringLiteral("error")).toString().contains(field), a.body.constData());
        QCOMPARE(s.http().get(As::Admin, QStringLiteral("/admin/keys")).json().value("keys").toArray().size(), 0);
    }

    void listFiltersByUserAndStatus()
    {
        InProcessSandbox s;
        const QString a = create(s.http(), "usr_a", "a-prod").value("key").toObject().value("id").toString();
        create(s.http(), "usr_a", "a-staging");
        create(s.http(), "usr_b", "b-prod");
        QCOMPARE(s.http().del(As::Admin, QStringLiteral("/admin/keys/") + a).status, 200);

        auto count = [&s](const QString &query) {
            return s.http().get(As::Admin, QStringLiteral("/admin/keys") + query).json().value("keys").toArray().size();
        };
        QCOMPARE(count(QString()), 3);
        QCOMPARE(count(QStringLiteral("?user_id=usr_a")), 2);
        QCOMPARE(count(QStringLiteral("?status=revoked")), 1);
        QCOMPARE(count(QStringLiteral("?user_id=usr_a&status=active")), 1);
        QCOMPARE(count(QStringLiteral("?user_id=usr_b&status=revoked")), 0);
        QCOMPARE(count(QStringLiteral("?name=b-prod")), 1);
        QCOMPARE(s.http().get(As::Admin, QStringLiteral("/admin/keys?status=lost")).status, 400);
    }

    void sameIdempotencyKeyAnswersTheSameKey()
    {
        InProcessSandbox s;
        const Headers idem = {{"Idempotency-Key", "keyturn-run-17"}};
        const QJsonObject body = createBody("usr_1", "keyturn-run-17");
        const HttpAnswer first = s.http().post(As::Admin, QStringLiteral("/admin/keys"), body, idem);
        const HttpAnswer again = s.http().post(As::Admin, QStringLiteral("/admin/keys"), body, idem);
        QCOMPARE(first.status, 201);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value("key").toObject().value("id"), first.json().value("key").toObject().value("id"));
        QCOMPARE(again.json().value("secret"), first.json().value("secret"));
        QCOMPARE(s.http().get(As::Admin, QStringLiteral("/admin/keys")).json().value("keys").toArray().size(), 1);

        // The same key with another request is refused; another key makes another key.
        const HttpAnswer other =
            s.http().post(As::Admin, QStringLiteral("/admin/keys"), createBody("usr_1", "something-else"), idem);
        QCOMPARE(other.status, 422);
        const HttpAnswer fresh =
            s.http().post(As::Admin, QStringLiteral("/admin/keys"), body, {{"Idempotency-Key", "keyturn-run-18"}});
        QCOMPARE(fresh.status, 201);
        QCOMPARE(fresh.json().value("key").toObject().value("version").toInt(), 2);
        QCOMPARE(s.http().get(As::Admin, QStringLiteral("/admin/keys")).json().value("keys").toArray().size(), 2);
    }

    void rotateMakesTheNextVersionAndKeepsTheOldKeyActive()
    {
        InProcessSandbox s;
        const QJsonObject made = create(s.http(), "usr_1", "acme-prod");
        const QString oldId = made.value("key").toObject().value("id").toString();
        const QString oldSecret = made.value("secret").toString();

        const HttpAnswer r = s.http().post(As::Admin, QStringLiteral("/admin/keys/%1/rotate").arg(oldId));
        QCOMPARE(r.status, 201);
        const QJsonObject fresh = r.json().value("key").toObject();
        const QString newSecret = r.json().value("secret").toString();
        QCOMPARE(r.json().value("previous_key_id").toString(), oldId);
        QVERIFY(fresh.value("id").toString() != oldId);
        QCOMPARE(fresh.value("user_id").toString(), QStringLiteral("usr_1"));
        QCOMPARE(fresh.value("name").toString(), QStringLiteral("acme-prod"));
        QCOMPARE(fresh.value("version").toInt(), 2);
        QVERIFY(newSecret != oldSecret);
        QCOMPARE(fresh.value("fingerprint").toString(), fingerprintOf(newSecret.toLatin1()));

        // Dual key: both work until the old one is revoked.
        const QJsonArray keys = s.http().get(As::Admin, QStringLiteral("/admin/keys")).json().value("keys").toArray();
        QCOMPARE(keyById(keys, oldId).value("status").toString(), QStringLiteral("active"));
        QCOMPARE(dataPlane(s.http(), oldSecret), 200);
        QCOMPARE(dataPlane(s.http(), newSecret), 200);

        QCOMPARE(s.http().post(As::Admin, QStringLiteral("/admin/keys/key_unknown/rotate")).status, 404);
        QCOMPARE(s.http().del(As::Admin, QStringLiteral("/admin/keys/") + oldId).status, 200);
        const HttpAnswer revoked = s.http().post(As::Admin, QStringLiteral("/admin/keys/%1/rotate").arg(oldId));
        QCOMPARE(revoked.status, 409);
        QVERIFY(revoked.json().value("error").toString().contains(QLatin1String("revoked")));
    }

    void rotateHonoursIdempotencyKeys()
    {
        InProcessSandbox s;
        const QString id = create(s.http(), "usr_1", "acme-prod").value("key").toObject().value("id").toString();
        const Headers idem = {{"Idempotency-Key", "rotate-once"}};
        const QString path = QStringLiteral("/admin/keys/%1/rotate").arg(id);
        const HttpAnswer first = s.http().post(As::Admin, path, {}, idem);
        const HttpAnswer again = s.http().post(As::Admin, path, {}, idem);
        QCOMPARE(first.status, 201);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value("key").toObject().value("id"), first.json().value("key").toObject().value("id"));
        QCOMPARE(again.json().value("previous_key_id").toString(), id);
        QCOMPARE(s.http().get(As::Admin, QStringLiteral("/admin/keys")).json().value("keys").toArray().size(), 2);
    }

    void revokeAnswersTheKeyAndTheDataPlaneRefusesIt()
    {
        InProcessSandbox s;
        const QJsonObject made = create(s.http(), "usr_1", "acme-prod");
        const QString id = made.value("key").toObject().value("id").toString();
        const QString secret = made.value("secret").toString();
        QCOMPARE(dataPlane(s.http(), secret), 200);

        const HttpAnswer r = s.http().del(As::Admin, QStringLiteral("/admin/keys/") + id);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("key").toObject().value("status").toString(), QStringLiteral("revoked"));
        QCOMPARE(dataPlane(s.http(), secret), 401);
        QCOMPARE(dataPlane(s.http(), secret), 401);
        const QJsonObject usage = s.http().get(As::Admin, QStringLiteral("/admin/keys/%1/usage").arg(id)).json();
        QCOMPARE(usage.value("request_count").toInt(), 1);
        QCOMPARE(usage.value("unauthorized_count").toInt(), 2);
        QCOMPARE(s.http().del(As::Admin, QStringLiteral("/admin/keys/key_unknown")).status, 404);
        // Revoking again changes nothing.
        QCOMPARE(s.http().del(As::Admin, QStringLiteral("/admin/keys/") + id).status, 200);
    }

    void disableTurnsOffEveryActiveKeyOfAUser()
    {
        InProcessSandbox s;
        const QJsonObject prod = create(s.http(), "usr_2", "b-prod");
        create(s.http(), "usr_2", "b-staging");
        const QString revoked = create(s.http(), "usr_2", "b-old").value("key").toObject().value("id").toString();
        const QJsonObject other = create(s.http(), "usr_3", "c-prod");
        QCOMPARE(s.http().del(As::Admin, QStringLiteral("/admin/keys/") + revoked).status, 200);

        const HttpAnswer r = s.http().post(As::Admin, QStringLiteral("/admin/users/usr_2/keys/disable"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("disabled").toInt(), 2);
        QCOMPARE(s.http()
                     .get(As::Admin, QStringLiteral("/admin/keys?user_id=usr_2&status=disabled"))
                     .json()
                     .value("keys")
                     .toArray()
                     .size(),
                 2);
        QCOMPARE(dataPlane(s.http(), prod.value("secret").toString()), 401);
        QCOMPARE(dataPlane(s.http(), other.value("secret").toString()), 200);
        QCOMPARE(s.http().post(As::Admin, QStringLiteral("/admin/users/usr_2/keys/disable")).json().value("disabled"),
                 QJsonValue(0));
        QCOMPARE(s.http().post(As::Admin, QStringLiteral("/admin/users/usr_nobody/keys/disable")).status, 404);
    }

    void rotationPolicyIsEchoed()
    {
        InProcessSandbox s;
        const QJsonObject policy{{"interval_days", 90}, {"keep_previous", true}};
        const HttpAnswer r = s.http().post(As::Admin, QStringLiteral("/admin/keys/rotation/enable"), policy);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json(), policy);
        QCOMPARE(s.http()
                     .post(As::Admin, QStringLiteral("/admin/keys/rotation/enable"), QJsonObject{{"interval_days", 0}})
                     .status,
                 400);
        QCOMPARE(s.http()
                     .post(As::Admin, QStringLiteral("/admin/keys/rotation/enable"),
                           QJsonObject{{"interval_days", 30}, {"keep_previous", "yes"}})
                     .status,
                 400);
    }

    void dataPlaneMovesUsage()
    {
        InProcessSandbox s;
        const QJsonObject made = create(s.http(), "usr_1", "acme-prod");
        const QString id = made.value("key").toObject().value("id").toString();
        const QString secret = made.value("secret").toString();
        const QString usagePath = QStringLiteral("/admin/keys/%1/usage").arg(id);

        QJsonObject usage = s.http().get(As::Admin, usagePath).json();
        QCOMPARE(usage.value("key_id").toString(), id);
        QVERIFY(usage.value("last_used_at").isNull());
        QCOMPARE(usage.value("request_count").toInt(-1), 0);

        s.clock.advanceSecs(90);
        const HttpAnswer ok =
            s.http().send("GET", QStringLiteral("/v1/health"), {{"Authorization", "Bearer " + secret.toLatin1()}});
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json(), QJsonObject({{"status", "ok"}}));
        usage = s.http().get(As::Admin, usagePath).json();
        QCOMPARE(usage.value("last_used_at").toString(), isoNow(s.clock));
        QCOMPARE(usage.value("request_count").toInt(), 1);

        s.clock.advanceSecs(3600);
        QCOMPARE(dataPlane(s.http(), secret), 200);
        usage = s.http().get(As::Admin, usagePath).json();
        QCOMPARE(usage.value("last_used_at").toString(), isoNow(s.clock));
        QCOMPARE(usage.value("request_count").toInt(), 2);
        QCOMPARE(usage.value("unauthorized_count").toInt(-1), 0);

        // Unknown keys and missing credentials get 401 and move nothing.
        QCOMPARE(dataPlane(s.http(), QStringLiteral("kt_live_notakeyatall0000000000000000")), 401);
        QCOMPARE(s.http().send("GET", QStringLiteral("/v1/health"), {}).status, 401);
        QCOMPARE(s.http().get(As::Admin, usagePath).json().value("request_count").toInt(), 2);
        QCOMPARE(s.http().get(As::Admin, QStringLiteral("/admin/keys/key_unknown/usage")).status, 404);
    }

    void expiredKeysAreRefused()
    {
        InProcessSandbox s;
        QJsonObject body = createBody("usr_1", "short-lived");
        body.insert(QStringLiteral("expires_at"), QStringLiteral("2026-11-24T13:00:00.000Z"));
        const HttpAnswer made = s.http().post(As::Admin, QStringLiteral("/admin/keys"), body);
        QCOMPARE(made.status, 201);
        QCOMPARE(made.json().value("key").toObject().value("expires_at").toString(),
                 QStringLiteral("2026-11-24T13:00:00.000Z"));
        const QString secret = made.json().value("secret").toString();
        QCOMPARE(dataPlane(s.http(), secret), 200);
        s.clock.advanceSecs(2 * 3600);
        QCOMPARE(dataPlane(s.http(), secret), 401);
    }

    void auditLogsRecordRotations()
    {
        InProcessSandbox s;
        const QJsonObject made = create(s.http(), "usr_1", "acme-prod");
        const QString v1 = made.value("key").toObject().value("id").toString();
        const QString v1Fingerprint = made.value("key").toObject().value("fingerprint").toString();
        s.clock.advanceSecs(86400);
        const QJsonObject r2 = s.http().post(As::Admin, QStringLiteral("/admin/keys/%1/rotate").arg(v1)).json();
        const QString v2 = r2.value("key").toObject().value("id").toString();
        s.clock.advanceSecs(86400);
        const QJsonObject r3 = s.http().post(As::Admin, QStringLiteral("/admin/keys/%1/rotate").arg(v2)).json();

        const HttpAnswer all = s.http().get(As::Admin, QStringLiteral("/admin/audit-logs?type=key_rotation"));
        QCOMPARE(all.status, 200);
        const QJsonArray logs = all.json().value("logs").toArray();
        QCOMPARE(logs.size(), 2);
        const QJsonObject first = logs.at(0).toObject();
        for (const char *field : {"timestamp", "type", "key_id", "key_name", "user_id", "key_version",
                                  "old_fingerprint", "new_fingerprint", "rotated_by"})
            QVERIFY2(first.contains(QLatin1String(field)), field);
        QCOMPARE(first.value("type").toString(), QStringLiteral("key_rotation"));
        QCOMPARE(first.value("key_id").toString(), v2);
        QCOMPARE(first.value("key_version").toInt(), 2);
        QCOMPARE(first.value("old_fingerprint").toString(), v1Fingerprint);
        QCOMPARE(first.value("new_fingerprint").toString(), r2.value("key").toObject().value("fingerprint").toString());
        QCOMPARE(first.value("timestamp").toString(), QStringLiteral("2026-11-25T12:00:00.000Z"));
        QVERIFY(!first.value("rotated_by").toString().isEmpty());

        auto count = [&s](const QString &query) {
            return s.http().get(As::Admin, QStringLiteral("/admin/audit-logs") + query).json().value("logs").toArray();
        };
        QCOMPARE(count(QStringLiteral("?type=key_rotation&key_version=3")).size(), 1);
        QCOMPARE(count(QStringLiteral("?type=key_rotation&key_version=3")).at(0).toObject().value("key_id").toString(),
                 r3.value("key").toObject().value("id").toString());
        QCOMPARE(count(QStringLiteral("?type=key_rotation&start_date=2026-11-26T00:00:00.000Z")).size(), 1);
        QCOMPARE(count(QStringLiteral("?type=key_rotation&start_date=2026-11-26")).size(), 1);
        QCOMPARE(count(QStringLiteral("?type=key_rotation&start_date=2026-12-01")).size(), 0);
        QCOMPARE(count(QStringLiteral("?type=key_created")).size(), 1);
        QCOMPARE(s.http().get(As::Admin, QStringLiteral("/admin/audit-logs?key_version=two")).status, 400);
        QCOMPARE(s.http().get(As::Admin, QStringLiteral("/admin/audit-logs?start_date=yesterday")).status, 400);
    }

    void unknownPathsAndMethods()
    {
        InProcessSandbox s;
        QCOMPARE(s.http().send("PUT", QStringLiteral("/admin/keys"), s.http().credentials(As::Admin), "{}").status,
                 405);
        QCOMPARE(s.http().get(As::Admin, QStringLiteral("/admin/keys/rotation/enable")).status, 405);
        const HttpAnswer missing = s.http().get(As::Admin, QStringLiteral("/admin/nothing-here"));
        QCOMPARE(missing.status, 404);
        QVERIFY(missing.json().contains(QStringLiteral("error")));
        QCOMPARE(s.http().get(As::Admin, QStringLiteral("/elsewhere")).status, 404);
    }

    void providersHaveTheirOwnKeysAndDataPlane()
    {
        InProcessSandbox s;
        const QJsonObject made =
            create(s.http(), "usr_pay", "stripe-api-key", QStringLiteral("/providers/stripe/admin"));
        const QString secret = made.value("secret").toString();
        QVERIFY2(secret.startsWith(QLatin1String("sk_live_")), qPrintable(secret.left(8)));
        QCOMPARE(dataPlane(s.http(), secret, QStringLiteral("/providers/stripe/v1/health")), 200);
        // Each issuer knows only its own keys.
        QCOMPARE(dataPlane(s.http(), secret), 401);
        QCOMPARE(dataPlane(s.http(), secret, QStringLiteral("/providers/sendgrid/v1/health")), 401);
        QCOMPARE(s.http().get(As::Admin, QStringLiteral("/admin/keys")).json().value("keys").toArray().size(), 0);
        const QJsonArray keys =
            s.http().get(As::Admin, QStringLiteral("/providers/stripe/admin/keys")).json().value("keys").toArray();
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys.at(0).toObject().value("last_used_at").toString(), isoNow(s.clock));

        const QString id = made.value("key").toObject().value("id").toString();
        const HttpAnswer rotated =
            s.http().post(As::Admin, QStringLiteral("/providers/stripe/admin/keys/%1/rotate").arg(id));
        QCOMPARE(rotated.status, 201);
        QCOMPARE(s.http().del(As::Admin, QStringLiteral("/providers/stripe/admin/keys/") + id).status, 200);
        QCOMPARE(dataPlane(s.http(), secret, QStringLiteral("/providers/stripe/v1/health")), 401);
        QCOMPARE(s.http()
                     .get(As::Admin, QStringLiteral("/providers/stripe/admin/audit-logs?type=key_rotation"))
                     .json()
                     .value("logs")
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(s.http().get(As::Admin, QStringLiteral("/providers/Not_A_Provider/admin/keys")).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestSandboxAdminApi)
#include "TestSandboxAdminApi.moc"
