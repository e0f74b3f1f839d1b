#pragma once

#include <QDateTime>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace keyturn {

class Clock;
class Workspace;

/// keyturnctl: every action of the GUI over the same core, for timers, scripts and CI.
/// Exit codes: 0 success, 1 the action failed (the message says why and what was left as it was), 2 bad usage or
/// bad input.
class CliApp
{
public:
    enum ExitCode
    {
        Success = 0,
        Failed = 1,
        Usage = 2
    };

    CliApp(QTextStream &out, QTextStream &err, const Clock &clock);

    /// Runs one command line (without the program name) and returns the exit code.
    int run(const QStringList &arguments);

private:
    struct Globals
    {
        QString workspace;
        QString actor;
        bool json = false;
    };

    int usageError(const QString &message, const QString &helpTopic = {});
    int failed(const QString &message);
    void printHelp(const QString &topic);

    /// Runs an asynchronous command to its end in a local event loop (keyturnctl has no other loop running).
    int runAsync(const std::function<void(std::function<void(int)> finish)> &start);
    /// Opens an existing workspace or reports why not; nullptr on failure (the message is already printed).
    std::unique_ptr<Workspace> openExisting(const Globals &g);

    int cmdInit(const Globals &g, const QStringList &args);
    int cmdProfile(const Globals &g, const QStringList &args);
    int cmdConnections(const Globals &g, const QStringList &args);
    int cmdSync(const Globals &g, const QStringList &args);
    int cmdRotate(const Globals &g, const QStringList &args);
    int cmdRuns(const Globals &g, const QStringList &args);
    int cmdRunDue(const Globals &g, const QStringList &args);
    int cmdDisableUser(const Globals &g, const QStringList &args);
    /// Opens the workspace and its services (tokens loaded); nullptr on failure (the message is printed).
    std::unique_ptr<Workspace> openConnected(const Globals &g);
    int cmdInventory(const Globals &g, const QStringList &args);
    int cmdNotices(const Globals &g, const QStringList &args);
    int cmdCampaigns(const Globals &g, const QStringList &args);
    int cmdAlerts(const Globals &g, const QStringList &args);
    int cmdAdmin(const Globals &g, const QStringList &args);
    /// Sends every due approved notice; `report` prints the counts even when nothing was sent.
    int sendDueNotices(Workspace &ws, const Globals &g, bool report);
    /// Drafts the notices that campaigns need now (first notices, reminders, extensions); prints problems.
    int draftDueNotices(Workspace &ws, const Globals &g);
    int cmdAudit(const Globals &g, const QStringList &args);
    // audit subcommands (CliAudit.cpp)
    static const char *auditHelp();
    int auditVerify(Workspace &ws, const Globals &g);
    int auditEvidence(Workspace &ws, const Globals &g, const QDateTime &since, const QDateTime &until,
                      const QString &folder);
    int auditCheckExport(const Globals &g, const QString &path);

    QTextStream &m_out;
    QTextStream &m_err;
    const Clock &m_clock;
};

} // namespace keyturn
