#pragma once

#include <QByteArray>
#include <QDebug>

namespace keyturn {

/// Key material or a token. It cannot be converted to a QString by accident, prints as <redacted>, and its bytes
/// are wiped when it is destroyed. Read it with reveal() only where it leaves the process (an HTTP header, a hash).
class Secret
{
public:
    Secret() = default;
    explicit Secret(QByteArray value);
    Secret(const Secret &other);
    Secret(Secret &&other) noexcept;
    Secret &operator=(const Secret &other);
    Secret &operator=(Secret &&other) noexcept;
    ~Secret();

    bool isEmpty() const { return m_value.isEmpty(); }
    /// The raw bytes. Never log, store or display them.
    const QByteArray &reveal() const { return m_value; }
    /// The fingerprint Keyturn stores in place of the value: "sha256:" + the first 16 hex digits.
    QString fingerprint() const;
    void clear();

private:
    QByteArray m_value;
};

QDebug operator<<(QDebug debug, const Secret &secret);

} // namespace keyturn
