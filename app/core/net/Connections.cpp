#include "Connections.h"

#include "../domain/Credential.h"
#include "MailApiTransport.h"
#include "PlatformAdminClient.h"
#include "SmtpTransport.h"
#include "VaultClient.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTcpSocket>

#include <memory>

namespace keyturn {

Connections::Connections(ConnectionProfile profile, QObject *parent)
    : QObject(parent), m_profile(std::move(profile)), m_nam(new QNetworkAccessManager(this))
{
    m_nam->setAutoDeleteReplies(false);
}

Connections::~Connections() = default;

void Connections::loadTokens(TokenStore &store, NetCallback<Done> done)
{
    QList<TokenKind> needed;
    if (!m_profile.platformUrl.isEmpty())
        needed << TokenKind::Platform;
    if (!m_profile.vaultUrl.isEmpty())
        needed << TokenKind::Vault;
    if (m_profile.mailTransport == QLatin1String("mail-api"))
        needed << TokenKind::Mail;
    if (m_profile.mailTransport == QLatin1String("smtp") && !m_profile.smtpUsername.isEmpty())
        needed << TokenKind::SmtpPassword;
    if (needed.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [done] { done(Done{}); }, Qt::QueuedConnection);
        return;
    }
    auto remaining = std::make_shared<int>(int(needed.size()));
    auto firstError = std::make_shared<std::optional<NetError>>();
    for (TokenKind kind : needed) {
        store.read(kind, [this, kind, remaining, firstError, done](NetResult<Secret> r) {
            if (r)
                setToken(kind, r.value());
            else if (!firstError->has_value())
                *firstError = r.error();
            if (--*remaining == 0) {
                if (firstError->has_value())
                    done(**firstError);
                else
                    done(Done{});
            }
        });
    }
}

ProviderClient *Connections::providerFor(const Credential &credential, QString *why)
{
    if (credential.kind == CredentialKind::Issued) {
        if (!platform() && why)
            *why = tr("no platform is configured in the connection profile");
        return platform();
    }
    const QUrl api(credential.providerApi);
    if (!api.isValid() || api.host().isEmpty() ||
        (api.scheme() != QLatin1String("https") && api.scheme() != QLatin1String("http"))) {
        if (why)
            *why = tr("%1 has no provider admin API URL (provider_api) to create and revoke its keys")
                       .arg(credential.name);
        return nullptr;
    }
    const QString key = api.toString();
    if (PlatformAdminClient *known = m_providers.value(key))
        return known;
    PlatformConfig config;
    config.baseUrl = api;
    config.name = credential.provider;
    config.tls.caBundlePath = m_profile.caBundle;
    config.policy = m_policy;
    const bool platformHost = api.host() == m_profile.platformUrl.host() && api.port() == m_profile.platformUrl.port();
    if (platformHost) {
        config.token = m_tokens.value(TokenKind::Platform);
    } else {
        QString var = QStringLiteral("KEYTURN_PROVIDER_TOKEN_") + credential.provider.toUpper();
        var.replace(QRegularExpression(QStringLiteral("[^A-Z0-9_]")), QStringLiteral("_"));
        config.token = Secret(qgetenv(var.toLatin1().constData()).trimmed());
        if (config.token.isEmpty()) {
            if (why)
                *why = tr("no token for the %1 admin API: set %2").arg(credential.provider, var);
            return nullptr;
        }
    }
    auto *client = new PlatformAdminClient(m_nam, config, this);
    m_providers.insert(key, client);
    return client;
}

void Connections::setToken(TokenKind kind, const Secret &token)
{
    m_tokens.insert(kind, token);
    qDeleteAll(m_providers);
    m_providers.clear();
    // clients hold their own copy: rebuild them on next use
    delete m_platform;
    m_platform = nullptr;
    delete m_vault;
    m_vault = nullptr;
    delete m_mail;
    m_mail = nullptr;
}

PlatformAdminClient *Connections::platform()
{
    if (!m_platform && !m_profile.platformUrl.isEmpty()) {
        PlatformConfig config;
        config.baseUrl = m_profile.platformUrl;
        config.token = m_tokens.value(TokenKind::Platform);
        config.tls.caBundlePath = m_profile.caBundle;
        config.policy = m_policy;
        m_platform = new PlatformAdminClient(m_nam, config, this);
    }
    return m_platform;
}

VaultClient *Connections::vault()
{
    if (!m_vault && !m_profile.vaultUrl.isEmpty()) {
        VaultConfig config;
        config.address = m_profile.vaultUrl;
        config.mount = m_profile.vaultMount;
        config.nameSpace = m_profile.vaultNamespace;
        config.token = m_tokens.value(TokenKind::Vault);
        config.tls.caBundlePath = m_profile.caBundle;
        config.policy = m_policy;
        m_vault = new VaultClient(m_nam, config, this);
    }
    return m_vault;
}

MailTransport *Connections::mail()
{
    if (!m_mail && m_profile.mailTransport == QLatin1String("mail-api")) {
        MailApiConfig config;
        config.baseUrl = m_profile.mailApiUrl;
        config.token = m_tokens.value(TokenKind::Mail);
        config.tls.caBundlePath = m_profile.caBundle;
        config.policy = m_policy;
        m_mail = new MailApiTransport(m_nam, config, this);
    } else if (!m_mail && m_profile.mailTransport == QLatin1String("smtp")) {
        SmtpSettings settings;
        settings.serverUrl = m_profile.smtpUrl.toString();
        const QString host = m_profile.smtpUrl.host();
        const bool loopback =
            host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost") || host == QLatin1String("::1");
        // smtps:// is TLS from the first byte; smtp:// must upgrade with STARTTLS, except to a relay on this machine
        if (m_profile.smtpUrl.scheme() == QLatin1String("smtps"))
            settings.tlsMode = SmtpSettings::TlsMode::Implicit;
        else
            settings.tlsMode = loopback ? SmtpSettings::TlsMode::None : SmtpSettings::TlsMode::StartTls;
        settings.username = m_profile.smtpUsername;
        settings.password = m_tokens.value(TokenKind::SmtpPassword);
        settings.caBundlePath = m_profile.caBundle;
        m_mail = new SmtpTransport(settings, SystemClock::instance(), this);
    }
    return m_mail;
}

void Connections::test(std::function<void(QList<ServiceCheck>)> done)
{
    struct State
    {
        QList<ServiceCheck> checks;
        int pending = 0;
        std::function<void(QList<ServiceCheck>)> done;
        void finishOne()
        {
            if (--pending == 0)
                done(checks);
        }
    };
    auto state = std::make_shared<State>();
    state->done = std::move(done);
    for (const char *service : {"platform", "vault", "mail"}) {
        ServiceCheck check;
        check.service = QLatin1String(service);
        state->checks.append(check);
    }
    state->pending = 1; // released at the end, so a synchronous path cannot finish early

    if (PlatformAdminClient *p = platform()) {
        state->checks[0].configured = true;
        ++state->pending;
        p->listUsers([state, this](NetResult<QList<ProviderUser>> r) {
            ServiceCheck &c = state->checks[0];
            c.ok = r.ok();
            c.detail =
                r ? tr("reachable at %1; token accepted; %2 users").arg(m_profile.platformUrl.toString()).arg(r->size())
                  : r.error().toString();
            state->finishOne();
        });
    } else {
        state->checks[0].detail = tr("not configured");
    }

    if (VaultClient *v = vault()) {
        state->checks[1].configured = true;
        ++state->pending;
        v->health([state, v](NetResult<VaultHealth> h) {
            ServiceCheck &check = state->checks[1];
            if (!h) {
                check.detail = h.error().toString();
                return state->finishOne();
            }
            if (h->sealed || !h->initialized) {
                check.detail =
                    h->sealed ? tr("reachable, but the vault is sealed") : tr("reachable, but not initialised");
                return state->finishOne();
            }
            v->lookupSelf([state, h](NetResult<VaultTokenInfo> t) {
                ServiceCheck &c = state->checks[1];
                c.ok = t.ok();
                c.detail = t ? tr("reachable, unsealed (%1); token valid, policies: %2")
                                   .arg(h->version, t->policies.join(QStringLiteral(", ")))
                             : t.error().toString();
                state->finishOne();
            });
        });
    } else {
        state->checks[1].detail = tr("not configured");
    }

    if (m_profile.mailTransport == QLatin1String("mail-api")) {
        state->checks[2].configured = true;
        ++state->pending;
        // The mail API has no read-only call every provider offers; its outbox answers where it exists, and a
        // 404 or 405 still proves the service is there.
        HttpRequest req;
        req.url = apiUrl(m_profile.mailApiUrl, QStringLiteral("/v1/outbox"));
        req.service = QStringLiteral("the mail API");
        req.credentialHeader = "Authorization";
        req.credential = Secret(QByteArray("Bearer ") + m_tokens.value(TokenKind::Mail).reveal());
        TlsSettings tls;
        tls.caBundlePath = m_profile.caBundle;
        HttpJob::start(m_nam, req, m_policy, tls, this, [state, this](NetResult<HttpResponse> r) {
            ServiceCheck &c = state->checks[2];
            if (!r) {
                c.detail = r.error().toString();
            } else if (!hasToken(TokenKind::Mail)) {
                c.detail = tr("reachable, but there is no mail API token (KEYTURN_MAIL_TOKEN or the keychain)");
            } else if (r->status == 200) {
                c.ok = true;
                c.detail = tr("reachable at %1; token accepted").arg(m_profile.mailApiUrl.toString());
            } else if (r->status == 404 || r->status == 405) {
                c.ok = true;
                c.detail =
                    tr("reachable at %1; the token is checked on the first send").arg(m_profile.mailApiUrl.toString());
            } else {
                c.detail = r->httpError().toString();
            }
            state->finishOne();
        });
    } else if (m_profile.mailTransport == QLatin1String("smtp")) {
        state->checks[2].configured = true;
        ++state->pending;
        auto *socket = new QTcpSocket(this);
        const QUrl url = m_profile.smtpUrl;
        const int port = url.port(url.scheme() == QLatin1String("smtps") ? 465 : 587);
        auto finished = std::make_shared<bool>(false);
        auto report = [state, socket, finished, url, port](bool ok, const QString &detail) {
            if (*finished)
                return;
            *finished = true;
            state->checks[2].ok = ok;
            state->checks[2].detail = detail;
            socket->abort();
            socket->deleteLater();
            state->finishOne();
        };
        connect(socket, &QTcpSocket::connected, this, [report, url, port] {
            report(true, tr("SMTP server %1:%2 accepts connections; TLS and login are checked on the first send")
                             .arg(url.host())
                             .arg(port));
        });
        connect(socket, &QTcpSocket::errorOccurred, this, [report, socket, url, port] {
            report(false,
                   tr("cannot reach the SMTP server %1:%2: %3").arg(url.host()).arg(port).arg(socket->errorString()));
        });
        QTimer::singleShot(m_policy.timeoutMs, socket, [report, url, port] {
            report(false, tr("no answer from the SMTP server %1:%2").arg(url.host()).arg(port));
        });
        socket->connectToHost(url.host(), quint16(port));
    } else {
        state->checks[2].detail = tr("not configured");
    }
    QMetaObject::invokeMethod(
        this, [state] { state->finishOne(); }, Qt::QueuedConnection);
}

} // namespace keyturn
