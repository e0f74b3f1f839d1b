#pragma once

#include "../domain/Clock.h"
#include "../domain/Secret.h"
#include "MailTransport.h"

#include <chrono>
#include <memory>
#include <optional>

namespace keyturn {

/// Where and how SmtpTransport reaches the mail relay. Certificates are always verified.
struct SmtpSettings
{
    enum class TlsMode
    {
        StartTls, ///< smtp://: STARTTLS is required, the message is never sent in clear
        Implicit, ///< smtps://: TLS from the first byte
        None,     ///< smtp:// in clear: only for a relay on loopback (a local MTA, tests)
    };

    /// smtp://host:port or smtps://host:port, without user name or password. A path names the domain sent with
    /// EHLO (smtp://relay.example.org:587/client.example.org); without one, libcurl sends this machine's host name.
    QString serverUrl;
    TlsMode tlsMode = TlsMode::StartTls;
    QString username;                                            ///< empty: no AUTH
    Secret password;                                             ///< used only with a username
    QString caBundlePath;                                        ///< PEM file of the CAs to trust; empty: the system's
    std::chrono::milliseconds timeout{std::chrono::seconds(60)}; ///< for one whole message
};

/// Sends mail over SMTP with libcurl. Transfers run on one worker thread per transport; sent() and failed() arrive
/// on the transport's thread. Destroying the transport abandons the messages still in flight without a signal.
/// Error messages never contain the password.
class SmtpTransport final : public MailTransport
{
    Q_OBJECT
public:
    explicit SmtpTransport(SmtpSettings settings, const Clock &clock = SystemClock::instance(),
                           QObject *parent = nullptr);
    ~SmtpTransport() override;

    void send(const MailMessage &message) override;
    QString name() const override { return QStringLiteral("smtp"); }

    /// Why these settings cannot be used (an error of kind Config), or nothing when they can.
    static std::optional<NetError> checkSettings(const SmtpSettings &settings);

private:
    struct Job;
    class Worker;

    void failLater(const QString &messageId, const NetError &error);
    /// What a finished transfer means to the caller. `curlCode` is a CURLcode.
    static NetError errorFor(int curlCode, long smtpCode, const QString &curlDetail, const QString &serverReply,
                             const QString &server);

    SmtpSettings m_settings;
    const Clock &m_clock;
    std::unique_ptr<Worker> m_worker;
};

} // namespace keyturn
