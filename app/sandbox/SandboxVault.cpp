#include "SandboxVault.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QSet>
#include <QUrlQuery>

namespace keyturn {

namespace {
const QString kReadOnlyPrefix = QStringLiteral("readonly/");
constexpr qint64 kTokenTtlSecs = 768 * 3600;

SandboxReply notFound()
{
    return SandboxReply::vaultErrors(404, {});
}

SandboxReply permissionDenied()
{
    return SandboxReply::vaultErrors(403, {QStringLiteral("permission denied")});
}

/// The secret's path without surrounding slashes, or nothing when a segment is empty, "." or "..".
std::optional<QString> cleanPath(const QString &raw)
{
    QString path = raw;
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.isEmpty())
        return std::nullopt;
    for (const QString &segment : path.split(QLatin1Char('/'))) {
        if (segment.isEmpty() || segment == QLatin1String(".") || segment == QLatin1String(".."))
            return std::nullopt;
    }
    return path;
}

QJsonObject versionMetadata(const QDateTime &created)
{
    return QJsonObject{
        {QStringLiteral("created_time"), isoTime(created)},
        {QStringLiteral("deletion_time"), QString()},
        {QStringLiteral("destroyed"), false},
    };
}
} // namespace

SandboxVault::SandboxVault(const Clock &clock, QDateTime tokenIssuedAt)
    : m_clock(clock), m_tokenIssuedAt(std::move(tokenIssuedAt))
{}

SandboxReply SandboxVault::readData(const QString &rawPath, const QUrlQuery &query) const
{
    const auto path = cleanPath(rawPath);
    if (!path)
        return notFound();
    int wanted = 0;
    if (query.hasQueryItem(QStringLiteral("version"))) {
        bool ok = false;
        wanted = query.queryItemValue(QStringLiteral("version")).toInt(&ok);
        if (!ok || wanted < 0)
            return SandboxReply::vaultErrors(400, {QStringLiteral("invalid version")});
    }
    const auto it = m_entries.find(*path);
    if (it == m_entries.end() || it->second.currentVersion == 0)
        return notFound();
    const Entry &entry = it->second;
    const int version = wanted == 0 ? entry.currentVersion : wanted;
    const auto v = entry.versions.constFind(version);
    if (v == entry.versions.constEnd())
        return notFound();
    QJsonObject metadata = versionMetadata(v->createdTime);
    metadata.insert(QStringLiteral("version"), version);
    return SandboxReply::json(QJsonObject{
        {QStringLiteral("data"),
         QJsonObject{{QStringLiteral("data"), v->data}, {QStringLiteral("metadata"), metadata}}},
    });
}

SandboxReply SandboxVault::writeData(const QString &rawPath, const QHttpServerRequest &request)
{
    const auto path = cleanPath(rawPath);
    if (!path)
        return SandboxReply::vaultErrors(400, {QStringLiteral("invalid path")});
    if (path->startsWith(kReadOnlyPrefix))
        return permissionDenied();
    const auto body = jsonObjectBody(request);
    if (!body)
        return SandboxReply::vaultErrors(400, {QStringLiteral("failed to parse JSON input")});
    const QJsonValue data = body->value(QStringLiteral("data"));
    if (!data.isObject())
        return SandboxReply::vaultErrors(400, {QStringLiteral("no data provided")});
    const auto it = m_entries.find(*path);
    const int current = it == m_entries.end() ? 0 : it->second.currentVersion;
    const QJsonValue cas = body->value(QStringLiteral("options")).toObject().value(QStringLiteral("cas"));
    if (!cas.isUndefined()) {
        if (!cas.isDouble() || cas.toDouble() < 0 || cas.toDouble() != double(cas.toInt()))
            return SandboxReply::vaultErrors(400, {QStringLiteral("invalid cas parameter")});
        if (cas.toInt() != current)
            return SandboxReply::vaultErrors(
                400, {QStringLiteral("check-and-set parameter did not match the current version")});
    }
    const QDateTime now = m_clock.now();
    const int version = write(*path, data.toObject(), now);
    QJsonObject answer = versionMetadata(now);
    answer.insert(QStringLiteral("version"), version);
    return SandboxReply::json(QJsonObject{{QStringLiteral("data"), answer}});
}

SandboxReply SandboxVault::readMetadata(const QString &rawPath, const QUrlQuery &query) const
{
    if (query.queryItemValue(QStringLiteral("list")) == QLatin1String("true"))
        return listKeys(rawPath);
    const auto path = cleanPath(rawPath);
    if (!path)
        return notFound();
    const auto it = m_entries.find(*path);
    if (it == m_entries.end())
        return notFound();
    const Entry &entry = it->second;
    QJsonObject versions;
    for (auto v = entry.versions.constBegin(); v != entry.versions.constEnd(); ++v)
        versions.insert(QString::number(v.key()), versionMetadata(v->createdTime));
    return SandboxReply::json(QJsonObject{
        {QStringLiteral("data"),
         QJsonObject{
             {QStringLiteral("current_version"), entry.currentVersion},
             {QStringLiteral("oldest_version"), entry.versions.isEmpty() ? 0 : entry.versions.firstKey()},
             {QStringLiteral("created_time"), isoTime(entry.createdTime)},
             {QStringLiteral("updated_time"), isoTime(entry.updatedTime)},
             {QStringLiteral("max_versions"), 0},
             {QStringLiteral("cas_required"), false},
             {QStringLiteral("custom_metadata"),
              entry.customMetadata ? QJsonValue(*entry.customMetadata) : QJsonValue(QJsonValue::Null)},
             {QStringLiteral("versions"), versions},
         }},
    });
}

SandboxReply SandboxVault::writeMetadata(const QString &rawPath, const QHttpServerRequest &request)
{
    const auto path = cleanPath(rawPath);
    if (!path)
        return SandboxReply::vaultErrors(400, {QStringLiteral("invalid path")});
    if (path->startsWith(kReadOnlyPrefix))
        return permissionDenied();
    const auto body = jsonObjectBody(request);
    if (!body)
        return SandboxReply::vaultErrors(400, {QStringLiteral("failed to parse JSON input")});
    const QJsonValue custom = body->value(QStringLiteral("custom_metadata"));
    if (!custom.isUndefined()) {
        if (!custom.isObject())
            return SandboxReply::vaultErrors(400, {QStringLiteral("custom_metadata must be an object")});
        const QJsonObject object = custom.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isString())
                return SandboxReply::vaultErrors(
                    400, {QStringLiteral("custom_metadata values must be strings (%1 is not)").arg(it.key())});
        }
    }
    const QDateTime now = m_clock.now();
    auto [it, created] = m_entries.try_emplace(*path);
    Entry &entry = it->second;
    if (created)
        entry.createdTime = now;
    entry.updatedTime = now;
    if (custom.isObject())
        entry.customMetadata = custom.toObject();
    return SandboxReply::noContent();
}

SandboxReply SandboxVault::capabilitiesSelf(const QHttpServerRequest &request) const
{
    const auto body = jsonObjectBody(request);
    if (!body)
        return SandboxReply::vaultErrors(400, {QStringLiteral("failed to parse JSON input")});
    QStringList paths;
    for (const QString &field : {QStringLiteral("paths"), QStringLiteral("path")}) {
        const QJsonValue v = body->value(field);
        if (v.isString())
            paths << v.toString();
        for (const QJsonValue &p : v.toArray())
            paths << p.toString();
    }
    paths.removeAll(QString());
    if (paths.isEmpty())
        return SandboxReply::vaultErrors(400, {QStringLiteral("missing required 'paths' parameter")});
    QJsonObject answer;
    QStringList common;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QStringList caps = capabilitiesOf(paths.at(i));
        answer.insert(paths.at(i), QJsonArray::fromStringList(caps));
        if (i == 0) {
            common = caps;
        } else {
            common.removeIf([&caps](const QString &c) { return !caps.contains(c); });
        }
    }
    // With several paths, "capabilities" holds what the token may do on all of them.
    answer.insert(QStringLiteral("capabilities"), QJsonArray::fromStringList(common));
    return SandboxReply::json(answer);
}

QStringList SandboxVault::capabilitiesOf(const QString &rawPath)
{
    QString path = rawPath;
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (path.startsWith(QLatin1String("secret/data/") + kReadOnlyPrefix) ||
        path.startsWith(QLatin1String("secret/metadata/") + kReadOnlyPrefix))
        return {QStringLiteral("read"), QStringLiteral("list")};
    return {QStringLiteral("create"), QStringLiteral("read"), QStringLiteral("update"), QStringLiteral("delete"),
            QStringLiteral("list")};
}

SandboxReply SandboxVault::lookupSelf() const
{
    const QDateTime expires = m_tokenIssuedAt.addSecs(kTokenTtlSecs);
    return SandboxReply::json(QJsonObject{
        {QStringLiteral("data"),
         QJsonObject{
             {QStringLiteral("display_name"), QStringLiteral("token-keyturn-sandbox")},
             {QStringLiteral("policies"), QJsonArray{QStringLiteral("default"), QStringLiteral("keyturn-rotator")}},
             {QStringLiteral("ttl"), std::max<qint64>(0, m_clock.now().secsTo(expires))},
             {QStringLiteral("expire_time"), isoTime(expires)},
             {QStringLiteral("renewable"), true},
         }},
    });
}

SandboxReply SandboxVault::health()
{
    return SandboxReply::json(QJsonObject{
        {QStringLiteral("initialized"), true},
        {QStringLiteral("sealed"), false},
        {QStringLiteral("standby"), false},
        {QStringLiteral("version"), QStringLiteral("1.15.0+keyturn-sandbox." KEYTURN_VERSION)},
    });
}

int SandboxVault::write(const QString &path, const QJsonObject &data, const QDateTime &at)
{
    auto [it, created] = m_entries.try_emplace(path);
    Entry &entry = it->second;
    if (created || !entry.createdTime.isValid())
        entry.createdTime = at.toUTC();
    entry.updatedTime = at.toUTC();
    const int version = entry.versions.isEmpty() ? 1 : entry.versions.lastKey() + 1;
    entry.versions.insert(version, Version{data, at.toUTC()});
    entry.currentVersion = version;
    return version;
}

std::optional<QJsonObject> SandboxVault::current(const QString &path) const
{
    const auto it = m_entries.find(path);
    if (it == m_entries.end() || it->second.currentVersion == 0)
        return std::nullopt;
    return it->second.versions.value(it->second.currentVersion).data;
}

QStringList SandboxVault::paths() const
{
    QStringList out;
    for (const auto &[path, entry] : m_entries) {
        if (entry.currentVersion > 0)
            out << path;
    }
    return out;
}

SandboxReply SandboxVault::listKeys(const QString &rawPrefix) const
{
    QString prefix = rawPrefix;
    while (prefix.startsWith(QLatin1Char('/')))
        prefix.remove(0, 1);
    if (!prefix.isEmpty() && !prefix.endsWith(QLatin1Char('/')))
        prefix += QLatin1Char('/');
    QStringList keys;
    QSet<QString> seen;
    for (const auto &[path, entry] : m_entries) {
        if (!path.startsWith(prefix))
            continue;
        const QString rest = path.mid(prefix.size());
        const qsizetype slash = rest.indexOf(QLatin1Char('/'));
        const QString key = slash < 0 ? rest : rest.left(slash + 1);
        if (!seen.contains(key)) {
            seen.insert(key);
            keys << key;
        }
    }
    if (keys.isEmpty())
        return notFound();
    return SandboxReply::json(
        QJsonObject{{QStringLiteral("data"), QJsonObject{{QStringLiteral("keys"), QJsonArray::fromStringList(keys)}}}});
}

} // namespace keyturn
