#pragma once

#include "SandboxHttp.h"

#include <QRandomGenerator>

#include <array>
#include <optional>

namespace keyturn {

/// The parts of the sandbox that fail independently.
enum class SandboxSubsystem
{
    Admin,
    Vault,
    Mail,
    Data
};

/// What is wrong with one subsystem right now.
struct SandboxFaultSettings
{
    int latencyMs = 0;
    double errorRate = 0.0;
    int status = 500;
    bool outage = false;
    bool malformed = false;
    qint64 oversizeBytes = 0;

    bool isSet() const { return latencyMs > 0 || errorRate > 0.0 || outage || malformed || oversizeBytes > 0; }
};

/// How one request is to be failed, drawn from the settings of its subsystem.
struct SandboxFaultDecision
{
    int latencyMs = 0;
    bool outage = false; ///< close the connection without an answer
    int errorStatus = 0; ///< answer this status instead of serving the request (0: serve it)
    bool malformed = false;
    qint64 oversizeBytes = 0;
};

/// Fault injection per subsystem (POST/GET/DELETE /_sandbox/faults). The error rate draws from a generator seeded
/// with --seed, so a run with the same seed and the same requests fails the same requests.
class SandboxFaults
{
public:
    explicit SandboxFaults(quint32 seed);

    SandboxReply set(const QJsonObject &request);
    SandboxReply list() const;
    SandboxReply clear();

    SandboxFaultDecision decide(SandboxSubsystem subsystem);
    const SandboxFaultSettings &settings(SandboxSubsystem subsystem) const;

    static QString name(SandboxSubsystem subsystem);
    static std::optional<SandboxSubsystem> fromName(const QString &name);
    /// The statuses an injected error may have (those QHttpServer can write).
    static const QList<int> &allowedStatuses();

private:
    QJsonObject toJson(SandboxSubsystem subsystem) const;

    std::array<SandboxFaultSettings, 4> m_settings;
    QRandomGenerator m_rng;
};

} // namespace keyturn
