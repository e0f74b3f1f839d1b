#include "Secret.h"

#include "Fingerprint.h"

#include <openssl/crypto.h>

namespace keyturn {

Secret::Secret(QByteArray value) : m_value(std::move(value))
{
    m_value.detach();
}

Secret::Secret(const Secret &other) : m_value(other.m_value)
{
    m_value.detach();
}

Secret::Secret(Secret &&other) noexcept : m_value(std::move(other.m_value)) {}

Secret &Secret::operator=(const Secret &other)
{
    if (this != &other) {
        clear();
        m_value = other.m_value;
        m_value.detach();
    }
    return *this;
}

Secret &Secret::operator=(Secret &&other) noexcept
{
    if (this != &other) {
        clear();
        m_value = std::move(other.m_value);
    }
    return *this;
}

Secret::~Secret()
{
    clear();
}

QString Secret::fingerprint() const
{
    return fingerprintOf(m_value);
}

void Secret::clear()
{
    // Wipe only bytes this object owns alone: a copy taken through reveal() (an HTTP header in flight) must stay
    // intact, and it is released when its holder drops it.
    if (!m_value.isEmpty() && m_value.isDetached())
        OPENSSL_cleanse(m_value.data(), size_t(m_value.size()));
    m_value = QByteArray();
}

QDebug operator<<(QDebug debug, const Secret &)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "<redacted>";
    return debug;
}

} // namespace keyturn
