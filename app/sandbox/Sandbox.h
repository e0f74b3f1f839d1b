#pragma once

#include "core/Result.h"
#include "core/domain/Secret.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace keyturn {

class Clock;
class SandboxFaults;
class SandboxMail;
class SandboxPlatform;
class SandboxVault;
class SandboxWorld;
struct SandboxHeldKey;
struct SandboxReply;
enum class SandboxSubsystem;

/// How a sandbox starts: which world it holds, the seed of everything it draws, and the traffic simulator's pace.
struct SandboxOptions
{
    enum class World
    {
        Empty,
        Demo
    };

    World world = World::Empty;
    quint32 seed = 42;
    /// Milliseconds between two steps of the traffic simulator; 0 runs it only on POST /_sandbox/tick.
    int tickMs = 1000;
    /// Where the sandbox reads the time; null is the wall clock. It must outlive the sandbox.
    const Clock *clock = nullptr;

    /// "empty" or "demo".
    static std::optional<World> worldFromName(const QString &name);
};

/// keyturn-sandbox: a local stand-in, on loopback, for the platform admin API and data plane (with simulated
/// third-party providers under /providers/{p}), HashiCorp Vault's KV v2 subset and an HTTP mail API, with fault
/// injection per subsystem and a traffic simulator. docs/sandbox-api.md is its contract. It holds fresh random
/// tokens for each start; keyturn --demo runs it in-process and the tests run it in-process or as keyturn-sandbox.
class Sandbox : public QObject
{
    Q_OBJECT
public:
    explicit Sandbox(QObject *parent = nullptr);
    explicit Sandbox(const SandboxOptions &options, QObject *parent = nullptr);
    ~Sandbox() override;

    /// Starts listening (and the traffic simulator's timer); port 0 picks a free one. Returns the port.
    Result<quint16> listen(const QHostAddress &address, quint16 port);
    QString url() const;
    /// The line printed when ready: the URL and the tokens a client needs.
    QByteArray readyLine() const;

    const Secret &adminToken() const { return m_adminToken; }
    const Secret &vaultToken() const { return m_vaultToken; }
    const Secret &mailToken() const { return m_mailToken; }
    const SandboxOptions &options() const { return m_options; }

    /// Runs one step of the traffic simulator now, as POST /_sandbox/tick does.
    void tick();
    int tickCount() const;
    /// The held keys of the demo world (empty for the empty world).
    QList<SandboxHeldKey> heldKeys() const;

Q_SIGNALS:
    /// A step of the traffic simulator ran.
    void ticked(int tick);

private:
    using Handler = std::function<SandboxReply()>;

    void addRoutes();
    /// Serves one request: draws the subsystem's faults, then answers with `handler`'s reply unless a fault
    /// replaces it. Requests to /_sandbox/ have no subsystem and never fail.
    void serve(std::optional<SandboxSubsystem> subsystem, QHttpServerResponder &&responder, const Handler &handler);
    void respond(QHttpServerResponder &&responder, const SandboxReply &reply, int delayMs);
    /// The simulated provider with this id, made on first use; null for an id that cannot be one.
    SandboxPlatform *provider(const QString &id);
    SandboxPlatform &demoProvider(const QString &id);
    bool isAdmin(const QHttpServerRequest &request) const;
    bool isVault(const QHttpServerRequest &request) const;
    bool isMail(const QHttpServerRequest &request) const;

    SandboxOptions m_options;
    const Clock &m_clock;
    QHttpServer m_server;
    QHostAddress m_address;
    quint16 m_port = 0;
    Secret m_adminToken;
    Secret m_vaultToken;
    Secret m_mailToken;
    std::unique_ptr<SandboxFaults> m_faults;
    std::unique_ptr<SandboxPlatform> m_platform;
    std::map<QString, std::unique_ptr<SandboxPlatform>> m_providers;
    std::unique_ptr<SandboxVault> m_vault;
    std::unique_ptr<SandboxMail> m_mail;
    std::unique_ptr<SandboxWorld> m_world;
    QTimer m_ticker;
};

} // namespace keyturn
