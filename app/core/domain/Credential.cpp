#include "Credential.h"

namespace keyturn {

namespace {
template<typename E, size_t N>
std::optional<E> lookup(const QString &text, const std::pair<E, const char *> (&table)[N])
{
    for (const auto &[value, name] : table) {
        if (text == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

template<typename E, size_t N> QString name(E value, const std::pair<E, const char *> (&table)[N])
{
    for (const auto &[v, n] : table) {
        if (v == value)
            return QString::fromLatin1(n);
    }
    return {};
}

const std::pair<CredentialKind, const char *> kKinds[] = {{CredentialKind::Issued, "issued"},
                                                          {CredentialKind::Held, "held"}};
const std::pair<Lifecycle, const char *> kLifecycles[] = {
    {Lifecycle::Active, "active"}, {Lifecycle::Rotating, "rotating"}, {Lifecycle::Revoked, "revoked"}};
const std::pair<KeyState, const char *> kKeyStates[] = {{KeyState::Pending, "pending"},
                                                        {KeyState::Current, "current"},
                                                        {KeyState::Previous, "previous"},
                                                        {KeyState::Revoked, "revoked"}};
} // namespace

QString toString(CredentialKind kind)
{
    return name(kind, kKinds);
}
std::optional<CredentialKind> credentialKindFromString(const QString &text)
{
    return lookup(text, kKinds);
}
QString toString(Lifecycle lifecycle)
{
    return name(lifecycle, kLifecycles);
}
std::optional<Lifecycle> lifecycleFromString(const QString &text)
{
    return lookup(text, kLifecycles);
}
QString toString(KeyState state)
{
    return name(state, kKeyStates);
}
std::optional<KeyState> keyStateFromString(const QString &text)
{
    return lookup(text, kKeyStates);
}

bool isValidCriticality(const QString &text)
{
    return text == QLatin1String("low") || text == QLatin1String("medium") || text == QLatin1String("high") ||
           text == QLatin1String("critical");
}

} // namespace keyturn
