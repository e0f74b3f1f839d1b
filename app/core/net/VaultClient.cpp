#include "VaultClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrlQuery>

namespace keyturn {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("keyturn::VaultClient", text);
}

QDateTime vaultTime(const QJsonValue &v)
{
    if (!v.isString() || v.toString().isEmpty())
        return {};
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}

NetError malformed(const QString &what)
{
    return NetError{NetError::Kind::Malformed, 200, tr("vault answered without %1").arg(what)};
}
} // namespace

VaultClient::VaultClient(QNetworkAccessManager *nam, VaultConfig config, QObject *parent)
    : QObject(parent), m_nam(nam), m_config(std::move(config))
{}

QString VaultClient::relativePath(const QString &path) const
{
    QString p = path.trimmed();
    while (p.startsWith(QLatin1Char('/')))
        p.remove(0, 1);
    const QString mountPrefix = m_config.mount + QLatin1Char('/');
    if (p.startsWith(mountPrefix))
        p = p.mid(mountPrefix.size());
    return p;
}

QUrl VaultClient::url(const QString &apiPath) const
{
    return apiUrl(m_config.address, apiPath);
}

void VaultClient::send(const QByteArray &method, const QString &apiPath, const QByteArray &body, bool idempotent,
                       std::function<void(NetResult<HttpResponse>)> done)
{
    HttpRequest req;
    req.method = method;
    req.url = url(apiPath);
    req.service = QStringLiteral("vault");
    req.credentialHeader = "X-Vault-Token";
    req.credential = m_config.token;
    if (!m_config.nameSpace.isEmpty())
        req.headers.append({"X-Vault-Namespace", m_config.nameSpace.toUtf8()});
    req.body = body;
    req.idempotent = idempotent;
    if (m_config.token.isEmpty() && apiPath != QLatin1String("/v1/sys/health")) {
        QMetaObject::invokeMethod(
            this,
            [done] {
                done(NetError{NetError::Kind::Config, 0,
                              tr("no vault token: set KEYTURN_VAULT_TOKEN or store one in the keychain")});
            },
            Qt::QueuedConnection);
        return;
    }
    HttpJob::start(m_nam, std::move(req), m_config.policy, m_config.tls, this, std::move(done));
}

void VaultClient::health(NetCallback<VaultHealth> done)
{
    // Vault answers 429/472/473/501/503 for standby, DR, uninitialised and sealed: all are readable answers here.
    send("GET", QStringLiteral("/v1/sys/health?standbyok=true"), {}, true, [done](NetResult<HttpResponse> r) {
        if (!r)
            return done(r.error());
        auto json = r->jsonObject();
        if (!json)
            return done(json.error());
        if (!json->contains(QStringLiteral("sealed")))
            return done(r->status >= 400 ? r->httpError() : malformed(tr("a seal state")));
        VaultHealth h;
        h.initialized = json->value(QStringLiteral("initialized")).toBool();
        h.sealed = json->value(QStringLiteral("sealed")).toBool(true);
        h.standby = json->value(QStringLiteral("standby")).toBool();
        h.version = json->value(QStringLiteral("version")).toString();
        done(h);
    });
}

void VaultClient::read(const QString &path, std::optional<int> version, NetCallback<std::optional<VaultSecret>> done)
{
    QString api = QStringLiteral("/v1/%1/data/%2").arg(m_config.mount, relativePath(path));
    if (version)
        api += QStringLiteral("?version=%1").arg(*version);
    send("GET", api, {}, true, [done, path](NetResult<HttpResponse> r) {
        if (r && r->status == 404)
            return done(std::optional<VaultSecret>());
        auto json = jsonAnswer(r, {200});
        if (!json)
            return done(json.error());
        const QJsonObject outer = json->value(QStringLiteral("data")).toObject();
        const QJsonObject meta = outer.value(QStringLiteral("metadata")).toObject();
        if (!outer.value(QStringLiteral("data")).isObject() || !meta.value(QStringLiteral("version")).isDouble())
            return done(malformed(tr("data and metadata.version for %1").arg(path)));
        VaultSecret s;
        s.data = outer.value(QStringLiteral("data")).toObject();
        s.version = meta.value(QStringLiteral("version")).toInt();
        s.createdTime = vaultTime(meta.value(QStringLiteral("created_time")));
        done(std::optional<VaultSecret>(std::move(s)));
    });
}

void VaultClient::write(const QString &path, const QJsonObject &data, std::optional<int> cas, NetCallback<int> done)
{
    QJsonObject body{{QStringLiteral("data"), data}};
    if (cas)
        body.insert(QStringLiteral("options"), QJsonObject{{QStringLiteral("cas"), *cas}});
    // With cas the write is safe to repeat: a second attempt after a lost answer fails as a conflict, never
    // writes twice. Without cas a retry could add a version, so it is not retried.
    send("POST", QStringLiteral("/v1/%1/data/%2").arg(m_config.mount, relativePath(path)),
         QJsonDocument(body).toJson(QJsonDocument::Compact), cas.has_value(), [done, path](NetResult<HttpResponse> r) {
             if (!r)
                 return done(r.error());
             if (r->status == 400 && r->body.contains("check-and-set"))
                 return done(NetError{NetError::Kind::Conflict, 400,
                                      tr("vault: %1 was changed by another writer (check-and-set version did not "
                                         "match); nothing was written")
                                          .arg(path)});
             if (r->status != 200 && r->status != 204)
                 return done(r->httpError());
             auto json = r->jsonObject();
             if (!json)
                 return done(json.error());
             const QJsonValue v = json->value(QStringLiteral("data")).toObject().value(QStringLiteral("version"));
             if (!v.isDouble())
                 return done(malformed(tr("the new version of %1").arg(path)));
             done(v.toInt());
         });
}

void VaultClient::readMetadata(const QString &path, NetCallback<std::optional<VaultMetadata>> done)
{
    send("GET", QStringLiteral("/v1/%1/metadata/%2").arg(m_config.mount, relativePath(path)), {}, true,
         [done, path](NetResult<HttpResponse> r) {
             if (r && r->status == 404)
                 return done(std::optional<VaultMetadata>());
             auto json = jsonAnswer(r, {200});
             if (!json)
                 return done(json.error());
             const QJsonObject d = json->value(QStringLiteral("data")).toObject();
             if (!d.value(QStringLiteral("current_version")).isDouble())
                 return done(malformed(tr("current_version for %1").arg(path)));
             VaultMetadata m;
             m.currentVersion = d.value(QStringLiteral("current_version")).toInt();
             m.oldestVersion = d.value(QStringLiteral("oldest_version")).toInt();
             m.createdTime = vaultTime(d.value(QStringLiteral("created_time")));
             m.updatedTime = vaultTime(d.value(QStringLiteral("updated_time")));
             m.customMetadata = d.value(QStringLiteral("custom_metadata")).toObject();
             const QJsonObject versions = d.value(QStringLiteral("versions")).toObject();
             for (auto it = versions.begin(); it != versions.end(); ++it)
                 m.versions.insert(it.key().toInt(),
                                   vaultTime(it.value().toObject().value(QStringLiteral("created_time"))));
             done(std::optional<VaultMetadata>(std::move(m)));
         });
}

void VaultClient::writeCustomMetadata(const QString &path, const QJsonObject &customMetadata, NetCallback<Done> done)
{
    const QJsonObject body{{QStringLiteral("custom_metadata"), customMetadata}};
    send("POST", QStringLiteral("/v1/%1/metadata/%2").arg(m_config.mount, relativePath(path)),
         QJsonDocument(body).toJson(QJsonDocument::Compact), true, [done](NetResult<HttpResponse> r) {
             if (!r)
                 return done(r.error());
             if (r->status != 200 && r->status != 204)
                 return done(r->httpError());
             done(Done{});
         });
}

void VaultClient::capabilities(const QString &path, NetCallback<QStringList> done)
{
    const QString dataPath = QStringLiteral("%1/data/%2").arg(m_config.mount, relativePath(path));
    const QJsonObject body{{QStringLiteral("paths"), QJsonArray{dataPath}}};
    send("POST", QStringLiteral("/v1/sys/capabilities-self"), QJsonDocument(body).toJson(QJsonDocument::Compact), true,
         [done, dataPath](NetResult<HttpResponse> r) {
             auto json = jsonAnswer(r, {200});
             if (!json)
                 return done(json.error());
             QJsonValue caps = json->value(dataPath);
             if (!caps.isArray())
                 caps = json->value(QStringLiteral("capabilities"));
             if (!caps.isArray())
                 return done(malformed(tr("capabilities for %1").arg(dataPath)));
             QStringList out;
             for (const auto &v : caps.toArray())
                 out << v.toString();
             done(out);
         });
}

void VaultClient::lookupSelf(NetCallback<VaultTokenInfo> done)
{
    send("GET", QStringLiteral("/v1/auth/token/lookup-self"), {}, true, [done](NetResult<HttpResponse> r) {
        auto json = jsonAnswer(r, {200});
        if (!json)
            return done(json.error());
        const QJsonObject d = json->value(QStringLiteral("data")).toObject();
        if (d.isEmpty())
            return done(malformed(tr("token data")));
        VaultTokenInfo info;
        info.displayName = d.value(QStringLiteral("display_name")).toString();
        for (const auto &p : d.value(QStringLiteral("policies")).toArray())
            info.policies << p.toString();
        info.ttlSeconds = qint64(d.value(QStringLiteral("ttl")).toDouble());
        info.expireTime = vaultTime(d.value(QStringLiteral("expire_time")));
        done(info);
    });
}

} // namespace keyturn
