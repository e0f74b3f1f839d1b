#include "SandboxFaults.h"

#include <QJsonArray>

namespace keyturn {

namespace {
constexpr std::array<SandboxSubsystem, 4> kSubsystems = {SandboxSubsystem::Admin, SandboxSubsystem::Vault,
                                                         SandboxSubsystem::Mail, SandboxSubsystem::Data};
constexpr int kMaxLatencyMs = 600 * 1000;
constexpr qint64 kMaxOversizeBytes = qint64(64) * 1024 * 1024;

std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (d != double(qint64(d)))
        return std::nullopt;
    return qint64(d);
}
} // namespace

SandboxFaults::SandboxFaults(quint32 seed) : m_rng(seed ^ 0x5eedfa17u) {}

QString SandboxFaults::name(SandboxSubsystem subsystem)
{
    switch (subsystem) {
    case SandboxSubsystem::Admin: return QStringLiteral("admin");
    case SandboxSubsystem::Vault: return QStringLiteral("vault");
    case SandboxSubsystem::Mail: return QStringLiteral("mail");
    case SandboxSubsystem::Data: return QStringLiteral("data");
    }
    return QString();
}

std::optional<SandboxSubsystem> SandboxFaults::fromName(const QString &name)
{
    for (SandboxSubsystem s : kSubsystems) {
        if (SandboxFaults::name(s) == name)
            return s;
    }
    return std::nullopt;
}

const QList<int> &SandboxFaults::allowedStatuses()
{
    // QHttpServer 6.4 writes the reason phrase from http_parser's table and cannot write a status outside it.
    static const QList<int> statuses = {400, 401, 403, 404, 405, 408, 409, 410, 413,
                                        422, 423, 429, 500, 501, 502, 503, 504, 507};
    return statuses;
}

const SandboxFaultSettings &SandboxFaults::settings(SandboxSubsystem subsystem) const
{
    return m_settings[size_t(subsystem)];
}

SandboxReply SandboxFaults::set(const QJsonObject &request)
{
    static const QStringList known = {QStringLiteral("subsystem"),     QStringLiteral("latency_ms"),
                                      QStringLiteral("error_rate"),    QStringLiteral("status"),
                                      QStringLiteral("outage"),        QStringLiteral("malformed"),
                                      QStringLiteral("oversize_bytes")};
    for (auto it = request.begin(); it != request.end(); ++it) {
        if (!known.contains(it.key()))
            return SandboxReply::error(400, QStringLiteral("unknown field: %1").arg(it.key()));
    }
    const auto subsystem = fromName(request.value(QStringLiteral("subsystem")).toString());
    if (!subsystem)
        return SandboxReply::error(400, QStringLiteral("invalid field: subsystem (admin, vault, mail or data)"));

    SandboxFaultSettings s;
    if (request.contains(QStringLiteral("latency_ms"))) {
        const auto ms = wholeNumber(request.value(QStringLiteral("latency_ms")));
        if (!ms || *ms < 0 || *ms > kMaxLatencyMs)
            return SandboxReply::error(
                400, QStringLiteral("invalid field: latency_ms (0 to %1 milliseconds)").arg(kMaxLatencyMs));
        s.latencyMs = int(*ms);
    }
    if (request.contains(QStringLiteral("error_rate"))) {
        const QJsonValue v = request.value(QStringLiteral("error_rate"));
        if (!v.isDouble() || v.toDouble() < 0.0 || v.toDouble() > 1.0)
            return SandboxReply::error(400, QStringLiteral("invalid field: error_rate (0.0 to 1.0)"));
        s.errorRate = v.toDouble();
    }
    if (request.contains(QStringLiteral("status"))) {
        const auto status = wholeNumber(request.value(QStringLiteral("status")));
        if (!status || !allowedStatuses().contains(int(*status))) {
            QStringList names;
            for (int st : allowedStatuses())
                names << QString::number(st);
            return SandboxReply::error(400, QStringLiteral("invalid field: status (one of %1)").arg(names.join(u", ")));
        }
        s.status = int(*status);
    }
    for (const auto &[field, target] :
         {std::pair{QStringLiteral("outage"), &s.outage}, std::pair{QStringLiteral("malformed"), &s.malformed}}) {
        if (request.contains(field)) {
            const QJsonValue v = request.value(field);
            if (!v.isBool())
                return SandboxReply::error(400, QStringLiteral("invalid field: %1 (true or false)").arg(field));
            *target = v.toBool();
        }
    }
    if (request.contains(QStringLiteral("oversize_bytes"))) {
        const auto bytes = wholeNumber(request.value(QStringLiteral("oversize_bytes")));
        if (!bytes || *bytes < 0 || *bytes > kMaxOversizeBytes)
            return SandboxReply::error(
                400, QStringLiteral("invalid field: oversize_bytes (0 to %1)").arg(kMaxOversizeBytes));
        s.oversizeBytes = *bytes;
    }
    m_settings[size_t(*subsystem)] = s;
    return SandboxReply::json(toJson(*subsystem));
}

SandboxReply SandboxFaults::list() const
{
    QJsonArray faults;
    for (SandboxSubsystem s : kSubsystems) {
        if (settings(s).isSet())
            faults.append(toJson(s));
    }
    return SandboxReply::json(QJsonObject{{QStringLiteral("faults"), faults}});
}

SandboxReply SandboxFaults::clear()
{
    m_settings = {};
    return SandboxReply::json(QJsonObject{{QStringLiteral("faults"), QJsonArray()}});
}

SandboxFaultDecision SandboxFaults::decide(SandboxSubsystem subsystem)
{
    const SandboxFaultSettings &s = settings(subsystem);
    SandboxFaultDecision d;
    d.latencyMs = s.latencyMs;
    d.outage = s.outage;
    // Draw only when a rate is set: requests to healthy subsystems do not move the seeded sequence.
    if (!d.outage && s.errorRate > 0.0 && m_rng.generateDouble() < s.errorRate)
        d.errorStatus = s.status;
    d.malformed = s.malformed;
    d.oversizeBytes = s.oversizeBytes;
    return d;
}

QJsonObject SandboxFaults::toJson(SandboxSubsystem subsystem) const
{
    const SandboxFaultSettings &s = settings(subsystem);
    return QJsonObject{
        {QStringLiteral("subsystem"), name(subsystem)},
        {QStringLiteral("latency_ms"), s.latencyMs},
        {QStringLiteral("error_rate"), s.errorRate},
        {QStringLiteral("status"), s.status},
        {QStringLiteral("outage"), s.outage},
        {QStringLiteral("malformed"), s.malformed},
        {QStringLiteral("oversize_bytes"), double(s.oversizeBytes)},
    };
}

} // namespace keyturn
