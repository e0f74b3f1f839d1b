#include "SmtpTransport.h"

#include "MimeMessage.h"

#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QUrl>

#include <curl/curl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <functional>
#include <map>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

namespace keyturn {

namespace {

bool curlReady()
{
    // Thread-safe once-only initialisation (a function-local static); never cleaned up, as the process may still
    // have transfers when it exits.
    static const bool ready = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
    return ready;
}

bool isLoopbackHost(const QString &host)
{
    QHostAddress address;
    if (address.setAddress(host))
        return address.isLoopback();
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0;
}

/// "host:port" (IPv6 in brackets) for messages, with the port libcurl uses when the URL names none.
QString serverName(const QUrl &url)
{
    const int port = url.port(url.scheme() == QLatin1String("smtps") ? 465 : 25);
    const QString host = url.host().contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(url.host()) : url.host();
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

/// The text with every form in which the password could travel replaced by <redacted>.
QString redacted(QString text, const SmtpSettings &settings)
{
    const QByteArray &password = settings.password.reveal();
    if (password.isEmpty())
        return text;
    const QByteArray user = settings.username.toUtf8();
    const QByteArrayList forms = {
        password, password.toBase64(),
        QByteArray('\0' + user + '\0' + password).toBase64(),        // AUTH PLAIN
        QByteArray(user + '\0' + user + '\0' + password).toBase64(), // AUTH PLAIN with an authorisation id
    };
    for (const QByteArray &form : forms)
        text.replace(QString::fromUtf8(form), QStringLiteral("<redacted>"));
    return text;
}

} // namespace

/// One message on its way: the curl handle and everything it points into.
struct SmtpTransport::Job
{
    QString messageId;
    QString server; ///< host:port, for messages
    QByteArray url;
    QByteArray mailFrom;
    QByteArray payload;
    qsizetype offset = 0;
    SmtpSettings settings;
    curl_slist *recipients = nullptr;
    CURL *easy = nullptr;
    char errorBuffer[CURL_ERROR_SIZE] = {};
    QByteArray partialLine;
    QByteArray lastReply; ///< the server's last reply line, the closing "221" left out

    Job() = default;
    Job(const Job &) = delete;
    Job &operator=(const Job &) = delete;
    ~Job()
    {
        if (easy)
            curl_easy_cleanup(easy);
        curl_slist_free_all(recipients);
    }

    static size_t readPayload(char *buffer, size_t size, size_t count, void *userData)
    {
        auto *job = static_cast<Job *>(userData);
        const size_t n = std::min(size * count, size_t(job->payload.size() - job->offset));
        std::copy_n(job->payload.constData() + job->offset, n, buffer);
        job->offset += qsizetype(n);
        return n;
    }

    /// libcurl hands SMTP reply lines to the header callback.
    static size_t readReply(char *data, size_t size, size_t count, void *userData)
    {
        auto *job = static_cast<Job *>(userData);
        const size_t n = size * count;
        if (job->partialLine.size() < 64 * 1024)
            job->partialLine.append(data, qsizetype(n));
        qsizetype end;
        while ((end = job->partialLine.indexOf('\n')) >= 0) {
            job->takeLine(job->partialLine.left(end));
            job->partialLine.remove(0, end + 1);
        }
        return n;
    }

    void takeLine(const QByteArray &line)
    {
        const QByteArray trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith("221"))
            lastReply = trimmed;
    }

    /// Prepares the handle; `socketOpened`/`socketClosed` with `sockets` keep track of its connections.
    CURLcode setUp(curl_opensocket_callback socketOpened, curl_closesocket_callback socketClosed, void *sockets)
    {
        easy = curl_easy_init();
        if (!easy)
            return CURLE_FAILED_INIT;
        auto set = [this](CURLoption option, auto value) { return curl_easy_setopt(easy, option, value); };
        const long timeoutMs = long(std::max<qint64>(1, settings.timeout.count()));
        const bool tls = settings.tlsMode != SmtpSettings::TlsMode::None;
        CURLcode rc = CURLE_OK;
        auto check = [&rc](CURLcode r) { rc = rc != CURLE_OK ? rc : r; };
        check(set(CURLOPT_ERRORBUFFER, errorBuffer));
        check(set(CURLOPT_URL, url.constData()));
        check(set(CURLOPT_PROTOCOLS_STR, "smtp,smtps"));
        check(set(CURLOPT_PROXY, "")); // never through a proxy from the environment
        check(set(CURLOPT_NOSIGNAL, 1L));
        check(set(CURLOPT_VERBOSE, 0L));
        check(set(CURLOPT_TIMEOUT_MS, timeoutMs));
        check(set(CURLOPT_CONNECTTIMEOUT_MS, timeoutMs));
        check(set(CURLOPT_SERVER_RESPONSE_TIMEOUT, std::max(1L, (timeoutMs + 999) / 1000)));
        // A fresh connection per message: nothing is left open that the destructor would have to close politely.
        check(set(CURLOPT_FORBID_REUSE, 1L));
#if LIBCURL_VERSION_NUM >= 0x075700
        check(set(CURLOPT_QUICK_EXIT, 1L)); // an abandoned transfer never waits for a name lookup
#endif
        check(set(CURLOPT_USE_SSL, long(tls ? CURLUSESSL_ALL : CURLUSESSL_NONE)));
        check(set(CURLOPT_SSL_VERIFYPEER, 1L));
        check(set(CURLOPT_SSL_VERIFYHOST, 2L));
        check(set(CURLOPT_SSLVERSION, long(CURL_SSLVERSION_TLSv1_2)));
        if (!settings.caBundlePath.isEmpty())
            check(set(CURLOPT_CAINFO, QFile::encodeName(settings.caBundlePath).constData()));
        if (!settings.username.isEmpty()) {
            check(set(CURLOPT_USERNAME, settings.username.toUtf8().constData()));
            check(set(CURLOPT_PASSWORD, settings.password.reveal().constData()));
        }
        check(set(CURLOPT_MAIL_FROM, mailFrom.constData()));
        check(set(CURLOPT_MAIL_RCPT, recipients));
        check(set(CURLOPT_UPLOAD, 1L));
        check(set(CURLOPT_READFUNCTION, &Job::readPayload));
        check(set(CURLOPT_READDATA, this));
        check(set(CURLOPT_INFILESIZE_LARGE, curl_off_t(payload.size())));
        check(set(CURLOPT_HEADERFUNCTION, &Job::readReply));
        check(set(CURLOPT_HEADERDATA, this));
        check(set(CURLOPT_OPENSOCKETFUNCTION, socketOpened));
        check(set(CURLOPT_OPENSOCKETDATA, sockets));
        check(set(CURLOPT_CLOSESOCKETFUNCTION, socketClosed));
        check(set(CURLOPT_CLOSESOCKETDATA, sockets));
        return rc;
    }
};

/// The thread that runs every transfer of one transport through a curl multi handle, so the transport's thread
/// never blocks and destruction only has to wake it up.
class SmtpTransport::Worker
{
public:
    explicit Worker(SmtpTransport *owner) : m_owner(owner), m_multi(curl_multi_init())
    {
        if (m_multi)
            m_thread = std::thread([this] { run(); });
    }

    ~Worker()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
            m_owner = nullptr;
            shutDownSockets(); // the worker may be inside libcurl, waiting for a server
        }
        if (m_multi) {
            curl_multi_wakeup(m_multi);
            m_thread.join();
            curl_multi_cleanup(m_multi);
        }
    }

    Worker(const Worker &) = delete;
    Worker &operator=(const Worker &) = delete;

    void enqueue(std::unique_ptr<Job> job)
    {
        if (!m_multi) {
            finish(*job, CURLE_FAILED_INIT);
            return;
        }
        {
            std::lock_guard lock(m_mutex);
            m_incoming.push_back(std::move(job));
        }
        curl_multi_wakeup(m_multi);
    }

private:
    void run()
    {
        std::map<CURL *, std::unique_ptr<Job>> active;
        for (;;) {
            std::vector<std::unique_ptr<Job>> incoming;
            {
                std::lock_guard lock(m_mutex);
                if (m_stopping)
                    break;
                incoming.swap(m_incoming);
            }
            for (auto &job : incoming) {
                if (const CURLcode rc = job->setUp(&Worker::openSocket, &Worker::closeSocket, this); rc != CURLE_OK) {
                    finish(*job, rc);
                } else if (curl_multi_add_handle(m_multi, job->easy) != CURLM_OK) {
                    finish(*job, CURLE_FAILED_INIT);
                } else {
                    CURL *easy = job->easy;
                    active.emplace(easy, std::move(job));
                }
            }
            int running = 0;
            curl_multi_perform(m_multi, &running);
            int queued = 0;
            while (CURLMsg *message = curl_multi_info_read(m_multi, &queued)) {
                if (message->msg != CURLMSG_DONE)
                    continue;
                CURL *easy = message->easy_handle;
                const CURLcode result = message->data.result;
                curl_multi_remove_handle(m_multi, easy);
                if (auto it = active.find(easy); it != active.end()) {
                    finish(*it->second, result);
                    active.erase(it);
                }
            }
            curl_multi_poll(m_multi, nullptr, 0, active.empty() ? 60000 : 1000, nullptr);
        }
        // Abandoned transfers. libcurl would say QUIT on their connections and wait for the answer; with the
        // sockets shut down that fails at once, so the transport's thread is not held up by a silent server.
        {
            std::lock_guard lock(m_mutex);
            shutDownSockets();
        }
        for (auto &[easy, job] : active)
            curl_multi_remove_handle(m_multi, easy);
    }

    /// Ends every connection at once: whatever libcurl waits for fails without delay. Call with m_mutex held,
    /// which keeps a socket from being closed (and its number reused) meanwhile.
    void shutDownSockets()
    {
        for (const curl_socket_t socket : m_sockets)
            ::shutdown(socket, SHUT_RDWR);
    }

    // libcurl calls these on the worker thread, and from curl_multi_cleanup once the thread has ended.
    static curl_socket_t openSocket(void *worker, curlsocktype purpose, curl_sockaddr *address)
    {
        if (purpose != CURLSOCKTYPE_IPCXN)
            return CURL_SOCKET_BAD;
        int type = address->socktype;
#ifdef SOCK_CLOEXEC
        type |= SOCK_CLOEXEC; // a process the GUI starts must not inherit the connection
#endif
        auto *self = static_cast<Worker *>(worker);
        std::lock_guard lock(self->m_mutex);
        if (self->m_stopping)
            return CURL_SOCKET_BAD;
        const curl_socket_t socket = ::socket(address->family, type, address->protocol);
        if (socket != CURL_SOCKET_BAD)
            self->m_sockets.insert(socket);
        return socket;
    }
    static int closeSocket(void *worker, curl_socket_t socket)
    {
        auto *self = static_cast<Worker *>(worker);
        std::lock_guard lock(self->m_mutex);
        self->m_sockets.erase(socket);
        return ::close(socket);
    }

    void finish(Job &job, CURLcode code)
    {
        long smtpCode = 0;
        if (job.easy)
            curl_easy_getinfo(job.easy, CURLINFO_RESPONSE_CODE, &smtpCode);
        job.takeLine(job.partialLine);
        const QString reply = redacted(QString::fromUtf8(job.lastReply), job.settings);
        const QString messageId = job.messageId;
        if (code == CURLE_OK) {
            post([messageId, reply](SmtpTransport &transport) { Q_EMIT transport.sent(messageId, reply); });
            return;
        }
        const QString detail = QString::fromUtf8(job.errorBuffer[0] ? job.errorBuffer : curl_easy_strerror(code));
        NetError error = SmtpTransport::errorFor(code, smtpCode, detail, reply, job.server);
        error.message = redacted(error.message, job.settings);
        post([messageId, error](SmtpTransport &transport) { Q_EMIT transport.failed(messageId, error); });
    }

    /// Runs `deliver` on the transport's thread, unless the transport is gone by then.
    void post(std::function<void(SmtpTransport &)> deliver)
    {
        std::lock_guard lock(m_mutex);
        if (!m_owner)
            return;
        SmtpTransport *owner = m_owner;
        // Events still queued when the transport is destroyed are discarded with it.
        QMetaObject::invokeMethod(
            owner, [owner, deliver = std::move(deliver)] { deliver(*owner); }, Qt::QueuedConnection);
    }

    std::mutex m_mutex;
    std::vector<std::unique_ptr<Job>> m_incoming; // guarded by m_mutex
    bool m_stopping = false;                      // guarded by m_mutex
    SmtpTransport *m_owner;                       // guarded by m_mutex; null once stopping
    CURLM *m_multi;
    std::set<curl_socket_t> m_sockets; // guarded by m_mutex: the open connections
    std::thread m_thread;
};

SmtpTransport::SmtpTransport(SmtpSettings settings, const Clock &clock, QObject *parent)
    : MailTransport(parent), m_settings(std::move(settings)), m_clock(clock)
{}

SmtpTransport::~SmtpTransport()
{
    m_worker.reset(); // stop the thread before the settings it may still read go away
}

std::optional<NetError> SmtpTransport::checkSettings(const SmtpSettings &settings)
{
    auto config = [](const QString &message) { return NetError{NetError::Kind::Config, 0, message}; };
    if (settings.serverUrl.trimmed().isEmpty())
        return config(tr("no mail server is set: give an smtp:// or smtps:// URL"));
    const QUrl url(settings.serverUrl.trimmed(), QUrl::StrictMode);
    // The URL is not echoed when it holds a user name or password.
    if (!url.userInfo().isEmpty())
        return config(tr("the mail server URL holds a user name or password: put them in their own settings"));
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("smtp") && scheme != QLatin1String("smtps")) ||
        url.host().isEmpty() || url.hasQuery() || url.hasFragment())
        return config(tr("the mail server URL \"%1\" is not of the form smtp://host:port or smtps://host:port")
                          .arg(settings.serverUrl));
    const QString server = serverName(url);
    switch (settings.tlsMode) {
    case SmtpSettings::TlsMode::Implicit:
        if (scheme != QLatin1String("smtps"))
            return config(tr("implicit TLS needs an smtps:// URL, not \"%1\"").arg(settings.serverUrl));
        break;
    case SmtpSettings::TlsMode::StartTls:
        if (scheme != QLatin1String("smtp"))
            return config(tr("STARTTLS needs an smtp:// URL; for \"%1\" choose implicit TLS").arg(settings.serverUrl));
        break;
    case SmtpSettings::TlsMode::None:
        if (scheme != QLatin1String("smtp"))
            return config(tr("mail without TLS needs an smtp:// URL, not \"%1\"").arg(settings.serverUrl));
        if (!isLoopbackHost(url.host()))
            return config(tr("refusing to send mail in clear to %1: TLS mode \"none\" is allowed only for a mail "
                             "server on this machine (loopback); use STARTTLS or implicit TLS")
                              .arg(server));
        break;
    }
    if (settings.username.isEmpty() && !settings.password.isEmpty())
        return config(tr("a mail server password is set without a user name"));
    if (settings.username.contains(QLatin1Char('\r')) || settings.username.contains(QLatin1Char('\n')))
        return config(tr("the mail server user name contains a line break"));
    if (!settings.caBundlePath.isEmpty()) {
        const QFileInfo ca(settings.caBundlePath);
        if (!ca.isFile() || !ca.isReadable())
            return config(tr("cannot read the CA bundle %1").arg(settings.caBundlePath));
    }
    if (settings.timeout.count() <= 0)
        return config(tr("the mail timeout must be positive"));
    return std::nullopt;
}

void SmtpTransport::send(const MailMessage &message)
{
    if (auto problem = checkSettings(m_settings)) {
        failLater(message.messageId, *problem);
        return;
    }
    auto mime = MimeMessage::build(message, m_clock.now());
    if (!mime) {
        failLater(message.messageId, NetError{NetError::Kind::Config, 0, mime.errorMessage()});
        return;
    }
    if (!curlReady()) {
        failLater(message.messageId, NetError{NetError::Kind::Config, 0, tr("libcurl could not be initialised")});
        return;
    }

    const QUrl url(m_settings.serverUrl.trimmed(), QUrl::StrictMode);
    auto job = std::make_unique<Job>();
    job->messageId = QString::fromLatin1(mime->messageId);
    job->server = serverName(url);
    job->url = url.toEncoded();
    job->mailFrom = '<' + mime->sender + '>';
    job->payload = std::move(mime->content);
    job->settings = m_settings;
    for (const QByteArray &recipient : std::as_const(mime->recipients))
        job->recipients = curl_slist_append(job->recipients, QByteArray('<' + recipient + '>').constData());
    if (!m_worker)
        m_worker = std::make_unique<Worker>(this);
    m_worker->enqueue(std::move(job));
}

void SmtpTransport::failLater(const QString &messageId, const NetError &error)
{
    QMetaObject::invokeMethod(
        this, [this, messageId, error] { Q_EMIT failed(messageId, error); }, Qt::QueuedConnection);
}

NetError SmtpTransport::errorFor(int curlCode, long smtpCode, const QString &curlDetail, const QString &serverReply,
                                 const QString &server)
{
    using Kind = NetError::Kind;
    const QString said = serverReply.isEmpty() ? curlDetail : serverReply;
    switch (static_cast<CURLcode>(curlCode)) {
    case CURLE_OPERATION_TIMEDOUT:
        return {Kind::Timeout, 0,
                tr("no complete answer from the mail server %1 in time (%2)").arg(server, curlDetail)};
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
        return {Kind::Network, 0, tr("cannot find the mail server %1 (%2)").arg(server, curlDetail)};
    case CURLE_COULDNT_CONNECT:
        return {Kind::Network, 0, tr("cannot connect to the mail server %1 (%2)").arg(server, curlDetail)};
    case CURLE_USE_SSL_FAILED:
        return {Kind::Tls, 0,
                tr("the mail server %1 does not offer STARTTLS, and Keyturn does not send mail in clear").arg(server)};
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_SHUTDOWN_FAILED:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_ENGINE_INITFAILED:
        return {Kind::Tls, 0, tr("TLS with the mail server %1 failed: %2").arg(server, curlDetail)};
    case CURLE_LOGIN_DENIED:
    case CURLE_AUTH_ERROR:
        return {Kind::Http, smtpCode >= 400 ? int(smtpCode) : 535,
                tr("the mail server %1 did not accept the user name and password: %2").arg(server, said)};
    case CURLE_ABORTED_BY_CALLBACK:
        return {Kind::Cancelled, 0, tr("sending to the mail server %1 was cancelled").arg(server)};
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT:
    case CURLE_FAILED_INIT:
        return {Kind::Config, 0, tr("cannot send to the mail server %1: %2").arg(server, curlDetail)};
    default: break;
    }
    if (smtpCode >= 400) {
        // libcurl names the refused command at the start of its message: "RCPT failed: 550", "MAIL failed: 553".
        if (curlDetail.startsWith(QLatin1String("RCPT")))
            return {Kind::Http, int(smtpCode), tr("the mail server %1 refused a recipient: %2").arg(server, said)};
        if (curlDetail.startsWith(QLatin1String("MAIL")))
            return {Kind::Http, int(smtpCode), tr("the mail server %1 refused the sender: %2").arg(server, said)};
        return {Kind::Http, int(smtpCode), tr("the mail server %1 refused the message: %2").arg(server, said)};
    }
    return {Kind::Network, 0, tr("the connection to the mail server %1 failed (%2)").arg(server, curlDetail)};
}

} // namespace keyturn
