#include "Sandbox.h"

#include "SandboxFaults.h"
#include "SandboxHttp.h"
#include "SandboxMail.h"
#include "SandboxPlatform.h"
#include "SandboxVault.h"
#include "SandboxWorld.h"
#include "core/domain/Clock.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>

namespace keyturn {

namespace {
using Method = QHttpServerRequest::Method;

Secret randomToken(const char *prefix)
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return Secret(QByteArray(prefix) + bytes.toHex());
}

SandboxReply unauthorized()
{
    return SandboxReply::error(401, QStringLiteral("unauthorized"));
}

SandboxReply vaultPermissionDenied()
{
    return SandboxReply::vaultErrors(403, {QStringLiteral("permission denied")});
}

/// The request's path after `prefix` (which the route already matched).
QString pathAfter(const QHttpServerRequest &request, const QString &prefix)
{
    return request.url().path().mid(prefix.size());
}

void write(QHttpServerResponder &responder, const SandboxReply &reply)
{
    const auto status = static_cast<QHttpServerResponder::StatusCode>(reply.status);
    if (reply.body.isEmpty() && reply.contentType.isEmpty())
        responder.write(status);
    else
        responder.write(reply.body, reply.contentType, status);
}
} // namespace

std::optional<SandboxOptions::World> SandboxOptions::worldFromName(const QString &name)
{
    if (name == QLatin1String("empty"))
        return World::Empty;
    if (name == QLatin1String("demo"))
        return World::Demo;
    return std::nullopt;
}

Sandbox::Sandbox(QObject *parent) : Sandbox(SandboxOptions(), parent) {}

Sandbox::Sandbox(const SandboxOptions &options, QObject *parent)
    : QObject(parent), m_options(options), m_clock(options.clock ? *options.clock : SystemClock::instance()),
      m_adminToken(randomToken("kt_admin_")), m_vaultToken(randomToken("hvs.")), m_mailToken(randomToken("kt_mail_")),
      m_faults(std::make_unique<SandboxFaults>(options.seed)),
      m_platform(
          std::make_unique<SandboxPlatform>(QString(), SandboxWorld::secretFormatOf(QString()), m_clock, options.seed)),
      m_vault(std::make_unique<SandboxVault>(m_clock, m_clock.now())),
      m_mail(std::make_unique<SandboxMail>(m_clock, options.seed))
{
    m_world = std::make_unique<SandboxWorld>(
        *m_platform, [this](const QString &id) -> SandboxPlatform & { return demoProvider(id); }, *m_vault, *m_mail,
        m_clock, options.seed);
    if (options.world == SandboxOptions::World::Demo)
        m_world->buildDemo();
    m_ticker.setInterval(std::max(1, options.tickMs));
    connect(&m_ticker, &QTimer::timeout, this, &Sandbox::tick);
    addRoutes();
}

Sandbox::~Sandbox() = default;

Result<quint16> Sandbox::listen(const QHostAddress &address, quint16 port)
{
    const quint16 bound = m_server.listen(address, port);
    if (bound == 0)
        return Error{QCoreApplication::translate("keyturn::Sandbox", "cannot listen on %1:%2 (in use or not allowed)")
                         .arg(address.toString())
                         .arg(port)};
    m_address = address;
    m_port = bound;
    if (m_options.tickMs > 0)
        m_ticker.start();
    return bound;
}

QString Sandbox::url() const
{
    const QString host = m_address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(m_address.toString())
                             : m_address.toString();
    return QStringLiteral("http://%1:%2").arg(host).arg(m_port);
}

QByteArray Sandbox::readyLine() const
{
    // The sandbox's own throwaway tokens: printing them is how a local client learns them.
    return QJsonDocument(QJsonObject{
                             {QStringLiteral("url"), url()},
                             {QStringLiteral("admin_token"), QString::fromLatin1(m_adminToken.reveal())},
                             {QStringLiteral("vault_token"), QString::fromLatin1(m_vaultToken.reveal())},
                             {QStringLiteral("mail_token"), QString::fromLatin1(m_mailToken.reveal())},
                         })
        .toJson(QJsonDocument::Compact);
}

void Sandbox::tick()
{
    const SandboxTickReport report = m_world->tick();
    Q_EMIT ticked(report.tick);
}

int Sandbox::tickCount() const
{
    return m_world->ticks();
}

QList<SandboxHeldKey> Sandbox::heldKeys() const
{
    return m_world->heldKeys();
}

SandboxPlatform *Sandbox::provider(const QString &id)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9][a-z0-9-]{0,62}$"));
    const auto it = m_providers.find(id);
    if (it != m_providers.end())
        return it->second.get();
    if (!valid.match(id).hasMatch())
        return nullptr;
    auto made = std::make_unique<SandboxPlatform>(id, SandboxWorld::secretFormatOf(id), m_clock, m_options.seed);
    return m_providers.emplace(id, std::move(made)).first->second.get();
}

SandboxPlatform &Sandbox::demoProvider(const QString &id)
{
    SandboxPlatform *p = provider(id);
    Q_ASSERT(p);
    return *p;
}

bool Sandbox::isAdmin(const QHttpServerRequest &request) const
{
    return credentialMatches(bearerCredential(request), m_adminToken.reveal());
}

bool Sandbox::isVault(const QHttpServerRequest &request) const
{
    return credentialMatches(request.value(QByteArrayLiteral("X-Vault-Token")).trimmed(), m_vaultToken.reveal());
}

bool Sandbox::isMail(const QHttpServerRequest &request) const
{
    return credentialMatches(bearerCredential(request), m_mailToken.reveal());
}

void Sandbox::addRoutes()
{
    // QHttpServer 6.4 tries routes in the order they were added and patterns are anchored; each route names its
    // methods, and a handler that takes the responder may answer later (latency) or never (outage).
    using R = const QHttpServerRequest &;
    using W = QHttpServerResponder &&;
    const auto admin = std::optional(SandboxSubsystem::Admin);
    const auto vault = std::optional(SandboxSubsystem::Vault);
    const auto mail = std::optional(SandboxSubsystem::Mail);
    const auto data = std::optional(SandboxSubsystem::Data);
    const std::optional<SandboxSubsystem> control;

    // Sandbox control: fault injection and the traffic simulator.
    m_server.route(QStringLiteral("/_sandbox/faults"), Method::Get, [this, control](R r, W w) {
        serve(control, std::move(w), [&] { return isAdmin(r) ? m_faults->list() : unauthorized(); });
    });
    m_server.route(QStringLiteral("/_sandbox/faults"), Method::Post, [this, control](R r, W w) {
        serve(control, std::move(w), [&] {
            if (!isAdmin(r))
                return unauthorized();
            const auto body = jsonObjectBody(r);
            return body ? m_faults->set(*body)
                        : SandboxReply::error(400, QStringLiteral("the body is not a JSON object"));
        });
    });
    m_server.route(QStringLiteral("/_sandbox/faults"), Method::Delete, [this, control](R r, W w) {
        serve(control, std::move(w), [&] { return isAdmin(r) ? m_faults->clear() : unauthorized(); });
    });
    m_server.route(QStringLiteral("/_sandbox/tick"), Method::Post, [this, control](R r, W w) {
        serve(control, std::move(w), [&] {
            if (!isAdmin(r))
                return unauthorized();
            const SandboxTickReport report = m_world->tick();
            Q_EMIT ticked(report.tick);
            return SandboxReply::json(report.toJson());
        });
    });

    // Vault.
    m_server.route(QStringLiteral("/v1/sys/health"), Method::Get,
                   [this, vault](W w) { serve(vault, std::move(w), [] { return SandboxVault::health(); }); });
    m_server.route(QStringLiteral("/v1/sys/capabilities-self"), Method::Post | Method::Put, [this, vault](R r, W w) {
        serve(vault, std::move(w), [&] { return isVault(r) ? m_vault->capabilitiesSelf(r) : vaultPermissionDenied(); });
    });
    m_server.route(QStringLiteral("/v1/auth/token/lookup-self"), Method::Get, [this, vault](R r, W w) {
        serve(vault, std::move(w), [&] { return isVault(r) ? m_vault->lookupSelf() : vaultPermissionDenied(); });
    });
    static const QString dataPrefix = QStringLiteral("/v1/secret/data/");
    static const QString metadataPrefix = QStringLiteral("/v1/secret/metadata/");
    m_server.route(dataPrefix + QStringLiteral("<arg>"), Method::Get, [this, vault](const QUrl &, R r, W w) {
        serve(vault, std::move(w), [&] {
            return isVault(r) ? m_vault->readData(pathAfter(r, dataPrefix), r.query()) : vaultPermissionDenied();
        });
    });
    m_server.route(
        dataPrefix + QStringLiteral("<arg>"), Method::Post | Method::Put, [this, vault](const QUrl &, R r, W w) {
            serve(vault, std::move(w), [&] {
                return isVault(r) ? m_vault->writeData(pathAfter(r, dataPrefix), r) : vaultPermissionDenied();
            });
        });
    m_server.route(metadataPrefix + QStringLiteral("<arg>"), Method::Get, [this, vault](const QUrl &, R r, W w) {
        serve(vault, std::move(w), [&] {
            return isVault(r) ? m_vault->readMetadata(pathAfter(r, metadataPrefix), r.query())
                              : vaultPermissionDenied();
        });
    });
    m_server.route(
        metadataPrefix + QStringLiteral("<arg>"), Method::Post | Method::Put, [this, vault](const QUrl &, R r, W w) {
            serve(vault, std::move(w), [&] {
                return isVault(r) ? m_vault->writeMetadata(pathAfter(r, metadataPrefix), r) : vaultPermissionDenied();
            });
        });

    // Mail API.
    m_server.route(QStringLiteral("/v1/send"), Method::Post, [this, mail](R r, W w) {
        serve(mail, std::move(w), [&] { return isMail(r) ? m_mail->send(r) : unauthorized(); });
    });
    m_server.route(QStringLiteral("/v1/outbox"), Method::Get, [this, mail](R r, W w) {
        serve(mail, std::move(w), [&] { return isMail(r) ? m_mail->outbox() : unauthorized(); });
    });

    // Data plane: the API key is the credential.
    m_server.route(QStringLiteral("/v1/health"), Method::Get,
                   [this, data](R r, W w) { serve(data, std::move(w), [&] { return m_platform->handleData(r); }); });
    m_server.route(
        QStringLiteral("/providers/<arg>/v1/health"), Method::Get, [this, data](const QString &id, R r, W w) {
            serve(data, std::move(w), [&] {
                SandboxPlatform *p = provider(id);
                return p ? p->handleData(r) : SandboxReply::error(404, QStringLiteral("unknown provider: %1").arg(id));
            });
        });

    // Platform admin API, and the same API per simulated provider. The admin API routes within itself, so that a
    // known path with the wrong method answers 405.
    static const QString adminPrefix = QStringLiteral("/admin/");
    m_server.route(adminPrefix + QStringLiteral("<arg>"), Method::AnyKnown, [this, admin](const QUrl &, R r, W w) {
        serve(admin, std::move(w),
              [&] { return isAdmin(r) ? m_platform->handleAdmin(r, pathAfter(r, adminPrefix)) : unauthorized(); });
    });
    m_server.route(QStringLiteral("/providers/<arg>/admin/<arg>"), Method::AnyKnown,
                   [this, admin](const QString &id, const QUrl &, R r, W w) {
                       serve(admin, std::move(w), [&] {
                           if (!isAdmin(r))
                               return unauthorized();
                           SandboxPlatform *p = provider(id);
                           if (!p)
                               return SandboxReply::error(404, QStringLiteral("unknown provider: %1").arg(id));
                           return p->handleAdmin(r, r.url().path().section(QLatin1Char('/'), 4));
                       });
                   });

    m_server.setMissingHandler(
        [](R r, W w) { write(w, SandboxReply::error(404, QStringLiteral("not found: %1").arg(r.url().path()))); });
}

void Sandbox::serve(std::optional<SandboxSubsystem> subsystem, QHttpServerResponder &&responder, const Handler &handler)
{
    const SandboxFaultDecision fault = subsystem ? m_faults->decide(*subsystem) : SandboxFaultDecision();
    if (fault.outage) {
        // Close the connection without a word, after the latency if there is one.
        QPointer<QTcpSocket> socket = responder.socket();
        QTimer::singleShot(fault.latencyMs, this, [socket] {
            if (socket)
                socket->disconnectFromHost();
        });
        return;
    }
    SandboxReply reply;
    if (fault.errorStatus != 0) {
        const QString message = QStringLiteral("injected fault: HTTP %1").arg(fault.errorStatus);
        reply = subsystem == SandboxSubsystem::Vault ? SandboxReply::vaultErrors(fault.errorStatus, {message})
                                                     : SandboxReply::error(fault.errorStatus, message);
    } else if (fault.malformed) {
        reply = SandboxReply{200, QByteArrayLiteral("<html><body><h1>200 OK</h1>{\"truncated\": tru</body></html>"),
                             QByteArrayLiteral("application/json")};
    } else {
        reply = handler();
        if (reply.status == 200 && fault.oversizeBytes > reply.body.size())
            reply.body.append(QByteArray(fault.oversizeBytes - reply.body.size(), ' '));
    }
    respond(std::move(responder), reply, fault.latencyMs);
}

void Sandbox::respond(QHttpServerResponder &&responder, const SandboxReply &reply, int delayMs)
{
    if (delayMs <= 0) {
        write(responder, reply);
        return;
    }
    // Answer later without blocking the event loop, so other connections are served meanwhile. The socket may be
    // gone by then (the client gave up); then there is no one to answer.
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket = held->socket();
    QTimer::singleShot(delayMs, this, [held, socket, reply] {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            write(*held, reply);
    });
}

} // namespace keyturn
