// The sandbox's Vault KV v2 subset (docs/sandbox-api.md), in-process over loopback.
#include "SandboxTestClient.h"

using namespace keyturn;
using namespace keyturn::test;

namespace {
QJsonObject secretBody(const QJsonObject &data, std::optional<int> cas = std::nullopt)
{
    QJsonObject body{{QStringLiteral("data"), data}};
    if (cas)
        body.insert(QStringLiteral("options"), QJsonObject{{QStringLiteral("cas"), *cas}});
    return body;
}
} // namespace

class TestSandboxVault : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writeThenReadTheCurrentVersion()
    {
        InProcessSandbox s;
        const HttpAnswer absent = s.http().get(As::Vault, QStringLiteral("/v1/secret/data/prod/stripe/api-key"));
        QCOMPARE(absent.status, 404);
        QCOMPARE(absent.json(), QJsonObject({{"errors", QJsonArray()}}));

        const HttpAnswer w = s.http().post(As::Vault, QStringLiteral("/v1/secret/data/prod/stripe/api-key"),
                                           secretBody({{"key", "sk_live_one"}, {"key_id", "key_1"}}));
        QCOMPARE(w.status, 200);
        const QJsonObject written = w.json().value("data").toObject();
        QCOMPARE(written.value("version").toInt(), 1);
        QCOMPARE(written.value("created_time").toString(), QStringLiteral("2026-11-24T12:00:00.000Z"));
        QCOMPARE(written.value("deletion_time").toString(), QString());
        QCOMPARE(written.value("destroyed").toBool(true), false);

        const HttpAnswer r = s.http().get(As::Vault, QStringLiteral("/v1/secret/data/prod/stripe/api-key"));
        QCOMPARE(r.status, 200);
        const QJsonObject data = r.json().value("data").toObject();
        QCOMPARE(data.value("data").toObject(), QJsonObject({{"key", "sk_live_one"}, {"key_id", "key_1"}}));
        const QJsonObject meta = data.value("metadata").toObject();
        QCOMPARE(meta.value("version").toInt(), 1);
        QCOMPARE(meta.value("created_time").toString(), QStringLiteral("2026-11-24T12:00:00.000Z"));
        QCOMPARE(meta.value("deletion_time").toString(), QString());
        QCOMPARE(meta.value("destroyed").toBool(true), false);

        // PUT writes too, and X-Vault-Namespace is accepted and ignored.
        const HttpAnswer put =
            s.http().send("PUT", QStringLiteral("/v1/secret/data/prod/stripe/api-key"),
                          s.http().credentials(As::Vault) + Headers{{"X-Vault-Namespace", "admin/team"}},
                          QJsonDocument(secretBody({{"key", "sk_live_two"}})).toJson());
        QCOMPARE(put.status, 200);
        QCOMPARE(put.json().value("data").toObject().value("version").toInt(), 2);
    }

    void readsAnEarlierVersion()
    {
        InProcessSandbox s;
        const QString path = QStringLiteral("/v1/secret/data/staging/sendgrid/api-key");
        for (const char *value : {"SG.first", "SG.second", "SG.third"}) {
            s.clock.advanceSecs(60);
            QCOMPARE(s.http().post(As::Vault, path, secretBody({{"key", value}})).status, 200);
        }
        const auto read = [&s, &path](const QString &query) { return s.http().get(As::Vault, path + query); };
        QCOMPARE(read(QString()).json().value("data").toObject().value("data").toObject().value("key").toString(),
                 QStringLiteral("SG.third"));
        const QJsonObject v1 = read(QStringLiteral("?version=1")).json().value("data").toObject();
        QCOMPARE(v1.value("data").toObject().value("key").toString(), QStringLiteral("SG.first"));
        QCOMPARE(v1.value("metadata").toObject().value("version").toInt(), 1);
        QCOMPARE(v1.value("metadata").toObject().value("created_time").toString(),
                 QStringLiteral("2026-11-24T12:01:00.000Z"));
        QCOMPARE(read(QStringLiteral("?version=0"))
                     .json()
                     .value("data")
                     .toObject()
                     .value("metadata")
                     .toObject()
                     .value("version"),
                 QJsonValue(3));
        QCOMPARE(read(QStringLiteral("?version=9")).status, 404);
        QCOMPARE(read(QStringLiteral("?version=abc")).status, 400);
    }

    void checkAndSetLetsOnlyOneWriterWin()
    {
        InProcessSandbox s;
        const QString path = QStringLiteral("/v1/secret/data/prod/twilio/auth-token");
        // cas 0: only if absent.
        QCOMPARE(s.http().post(As::Vault, path, secretBody({{"key", "a"}}, 0)).status, 200);
        const HttpAnswer again = s.http().post(As::Vault, path, secretBody({{"key", "b"}}, 0));
        QCOMPARE(again.status, 400);
        QCOMPARE(
            again.json(),
            QJsonObject(
                {{"errors", QJsonArray{QStringLiteral("check-and-set parameter did not match the current version")}}}));
        // Two writers read version 1; the first wins, the second is refused.
        QCOMPARE(s.http().post(As::Vault, path, secretBody({{"key", "writer-1"}}, 1)).status, 200);
        QCOMPARE(s.http().post(As::Vault, path, secretBody({{"key", "writer-2"}}, 1)).status, 400);
        const QJsonObject current = s.http().get(As::Vault, path).json().value("data").toObject();
        QCOMPARE(current.value("data").toObject().value("key").toString(), QStringLiteral("writer-1"));
        QCOMPARE(current.value("metadata").toObject().value("version").toInt(), 2);
        // A cas ahead of the current version fails as well; no cas always writes.
        QCOMPARE(s.http().post(As::Vault, path, secretBody({{"key", "x"}}, 7)).status, 400);
        QCOMPARE(s.http().post(As::Vault, path, secretBody({{"key", "y"}})).status, 200);
    }

    void writeRejectsABodyWithoutData()
    {
        InProcessSandbox s;
        const QString path = QStringLiteral("/v1/secret/data/prod/x");
        const HttpAnswer noData = s.http().post(As::Vault, path, QJsonObject{{"key", "value"}});
        QCOMPARE(noData.status, 400);
        QVERIFY(noData.json().value("errors").toArray().size() == 1);
        QCOMPARE(s.http().send("POST", path, s.http().credentials(As::Vault), "not json").status, 400);
        QCOMPARE(s.http().get(As::Vault, path).status, 404);
    }

    void metadataListsVersionsAndCustomMetadata()
    {
        InProcessSandbox s;
        const QString data = QStringLiteral("/v1/secret/data/prod/github/deploy-token");
        const QString meta = QStringLiteral("/v1/secret/metadata/prod/github/deploy-token");
        QCOMPARE(s.http().get(As::Vault, meta).status, 404);
        QCOMPARE(s.http().post(As::Vault, data, secretBody({{"key", "ghs_1"}})).status, 200);
        s.clock.advanceSecs(3600);
        QCOMPARE(s.http().post(As::Vault, data, secretBody({{"key", "ghs_2"}})).status, 200);

        HttpAnswer r = s.http().get(As::Vault, meta);
        QCOMPARE(r.status, 200);
        QJsonObject m = r.json().value("data").toObject();
        QCOMPARE(m.value("current_version").toInt(), 2);
        QCOMPARE(m.value("oldest_version").toInt(), 1);
        QCOMPARE(m.value("created_time").toString(), QStringLiteral("2026-11-24T12:00:00.000Z"));
        QCOMPARE(m.value("updated_time").toString(), QStringLiteral("2026-11-24T13:00:00.000Z"));
        QCOMPARE(m.value("max_versions").toInt(-1), 0);
        QCOMPARE(m.value("cas_required").toBool(true), false);
        QVERIFY(m.value("custom_metadata").isNull());
        const QJsonObject versions = m.value("versions").toObject();
        QCOMPARE(versions.keys(), QStringList({"1", "2"}));
        QCOMPARE(versions.value("2").toObject().value("created_time").toString(),
                 QStringLiteral("2026-11-24T13:00:00.000Z"));
        QCOMPARE(versions.value("1").toObject().value("destroyed").toBool(true), false);

        const QJsonObject custom{{"rotated_by", "keyturn"}, {"previous_key_revocation_at", "2026-11-25T12:00:00Z"}};
        const HttpAnswer w = s.http().post(As::Vault, meta, QJsonObject{{"custom_metadata", custom}});
        QCOMPARE(w.status, 204);
        QVERIFY(w.body.isEmpty());
        m = s.http().get(As::Vault, meta).json().value("data").toObject();
        QCOMPARE(m.value("custom_metadata").toObject(), custom);
        QCOMPARE(m.value("current_version").toInt(), 2);
        QCOMPARE(s.http().post(As::Vault, meta, QJsonObject{{"custom_metadata", QJsonObject{{"count", 3}}}}).status,
                 400);
    }

    void listsKeysBelowAPath()
    {
        InProcessSandbox s;
        for (const char *p : {"prod/stripe/api-key", "prod/stripe/webhook-secret", "prod/twilio/auth-token"})
            QCOMPARE(
                s.http()
                    .post(As::Vault, QStringLiteral("/v1/secret/data/") + QLatin1String(p), secretBody({{"key", "k"}}))
                    .status,
                200);
        const HttpAnswer top = s.http().get(As::Vault, QStringLiteral("/v1/secret/metadata/prod/?list=true"));
        QCOMPARE(top.status, 200);
        QCOMPARE(top.json().value("data").toObject().value("keys").toArray(),
                 QJsonArray({QStringLiteral("stripe/"), QStringLiteral("twilio/")}));
        QCOMPARE(s.http()
                     .get(As::Vault, QStringLiteral("/v1/secret/metadata/prod/stripe?list=true"))
                     .json()
                     .value("data")
                     .toObject()
                     .value("keys")
                     .toArray()
                     .size(),
                 2);
        QCOMPARE(s.http().get(As::Vault, QStringLiteral("/v1/secret/metadata/dev/?list=true")).status, 404);
    }

    void capabilitiesSelfReportsWhatTheTokenMayDo()
    {
        InProcessSandbox s;
        const HttpAnswer r = s.http().post(As::Vault, QStringLiteral("/v1/sys/capabilities-self"),
                                           QJsonObject{{"paths", QJsonArray{"secret/data/prod/stripe/api-key"}}});
        QCOMPARE(r.status, 200);
        const QJsonArray full{"create", "read", "update", "delete", "list"};
        QCOMPARE(r.json().value("capabilities").toArray(), full);
        QCOMPARE(r.json().value("secret/data/prod/stripe/api-key").toArray(), full);

        const HttpAnswer ro =
            s.http().post(As::Vault, QStringLiteral("/v1/sys/capabilities-self"),
                          QJsonObject{{"paths", QJsonArray{"secret/data/readonly/shared", "secret/data/prod/x"}}});
        QCOMPARE(ro.status, 200);
        QCOMPARE(ro.json().value("secret/data/readonly/shared").toArray(), QJsonArray({"read", "list"}));
        QCOMPARE(ro.json().value("secret/data/prod/x").toArray(), full);
        QCOMPARE(ro.json().value("capabilities").toArray(), QJsonArray({"read", "list"}));
        QCOMPARE(s.http().post(As::Vault, QStringLiteral("/v1/sys/capabilities-self"), QJsonObject()).status, 400);

        // What it reports holds: a read-only path refuses writes.
        const HttpAnswer denied =
            s.http().post(As::Vault, QStringLiteral("/v1/secret/data/readonly/shared"), secretBody({{"key", "k"}}));
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.json(), QJsonObject({{"errors", QJsonArray{"permission denied"}}}));
    }

    void lookupSelfNeverShowsTheToken()
    {
        InProcessSandbox s;
        const HttpAnswer r = s.http().get(As::Vault, QStringLiteral("/v1/auth/token/lookup-self"));
        QCOMPARE(r.status, 200);
        const QJsonObject d = r.json().value("data").toObject();
        for (const char *field : {"display_name", "policies", "ttl", "expire_time", "renewable"})
            QVERIFY2(d.contains(QLatin1String(field)), field);
        QVERIFY(d.value("ttl").toInteger() > 0);
        QVERIFY(!r.body.contains(s.sandbox->vaultToken().reveal()));
        s.clock.advanceSecs(3600);
        const qint64 later = s.http()
                                 .get(As::Vault, QStringLiteral("/v1/auth/token/lookup-self"))
                                 .json()
                                 .value("data")
                                 .toObject()
                                 .value("ttl")
                                 .toInteger();
        QCOMPARE(later, d.value("ttl").toInteger() - 3600);
    }

    void healthNeedsNoToken()
    {
        InProcessSandbox s;
        const HttpAnswer r = s.http().get(As::Nobody, QStringLiteral("/v1/sys/health"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("initialized").toBool(), true);
        QCOMPARE(r.json().value("sealed").toBool(true), false);
        QCOMPARE(r.json().value("standby").toBool(true), false);
        QVERIFY(!r.json().value("version").toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxVault)
#include "TestSandboxVault.moc"
