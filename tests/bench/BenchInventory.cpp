// Inventory at scale: builds a workspace of N credentials (default 100,000, each with a current key) through the store
// in one transaction, then times what a person waits for in the real GUI, offscreen: opening the workspace until the
// main window is shown on the inventory, 50 filter keystrokes (typing and deleting; each one until the view has laid
// out and painted its rows), a sort by age, and the memory in use. Baseline in the same run: a plain loop over the
// same search strings doing QString::contains(). Prints figures, then a last line of JSON. Not a test: no asserts.
#include "BenchSupport.h"
#include "InventoryView.h"
#include "MainWindow.h"
#include "core/Workspace.h"
#include "core/audit/AuditLog.h"
#include "core/domain/Clock.h"
#include "core/domain/Fingerprint.h"
#include "core/models/InventoryModel.h"
#include "core/store/Database.h"
#include "core/store/WorkspaceStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QWindow>

#include <malloc.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace keyturn;
using namespace keyturn::bench;

namespace {
/// 50 keystrokes: typing, correcting and clearing realistic searches.
QStringList keystrokes()
{
    QStringList texts;
    const auto type = [&texts](const QString &word) { typeWord(texts, word); };
    const auto erase = [&texts](int count) { eraseChars(texts, count); };
    type(QStringLiteral("stripe"));         // 6
    erase(6);                               // 12
    type(QStringLiteral("team-12"));        // 19
    erase(3);                               // 22
    type(QStringLiteral(" prod"));          // 27
    erase(9);                               // 36
    type(QStringLiteral("secret/staging")); // 50
    return texts;
}
} // namespace

/// Minor page faults of this process so far (a first touch of a page costs ~22 µs on the reference VM).
static long minorFaults()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_minflt;
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the view's settings go to a test location, not the user's
    // BenchInventory [N] [WORKSPACE] [--inventory-only]: WORKSPACE is built once and reused (the build takes the
    // longest); --inventory-only shows the InventoryView alone instead of the main window.
    QStringList args = app.arguments().mid(1);
    const bool inventoryOnly = args.removeAll(QStringLiteral("--inventory-only")) > 0;
    const int n = args.isEmpty() ? 100000 : args.at(0).toInt();
    QTemporaryDir dir;
    const QString path = args.size() > 1 ? args.at(1) : dir.filePath(QStringLiteral("bench.keyturn"));

    QElapsedTimer t;
    t.start();
    const bool reused = QFile::exists(path);
    if (!reused) {
        if (auto built = buildWorkspace(path, n); !built) {
            std::fprintf(stderr, "%s\n", qPrintable(built.errorMessage()));
            return 1;
        }
    }
    const double buildMs = ms(t);

    // open → shown: what `keyturn --workspace FILE --view inventory` does before the first paint
    t.restart();
    auto opened = Workspace::open(path, QStringLiteral("bench"), SystemClock::instance());
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorMessage()));
        return 1;
    }
    std::unique_ptr<Workspace> workspace = std::move(opened.value());
    const double openMs = ms(t);
    const double rssOpen = rssMegabytes();
    double reloadMs = 0;
    double constructMs = 0;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<InventoryView> inventoryWindow;
    QWidget *shown = nullptr;
    if (inventoryOnly) {
        workspace->inventoryModel()->reload();
        reloadMs = ms(t) - openMs;
        inventoryWindow = std::make_unique<InventoryView>(*workspace);
        inventoryWindow->resize(1250, 860);
        shown = inventoryWindow.get();
        constructMs = ms(t) - openMs - reloadMs;
    } else {
        // as `keyturn --workspace FILE` opens it: on its first view, the dashboard (charts and alerts), the
        // inventory read on a worker thread while the window is built
        window = MainWindow::open(*workspace);
        window->resize(1440, 860);
        shown = window.get();
        constructMs = ms(t) - openMs;
    }
    const double rssReload = rssMegabytes();
    const double heapReload = double(mallinfo2().uordblks) / (1024.0 * 1024.0);
    const double rssWindow = rssMegabytes();
    shown->show();
    while (!shown->windowHandle() || !shown->windowHandle()->isExposed())
        QCoreApplication::processEvents();
    settle();
    const double shownMs = ms(t);
    // the rows arrive from the worker thread a moment later: the dashboard's charts and counts fill in
    while (workspace->inventoryModel()->isLoading())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    settle();
    const double readyMs = ms(t);
    const double rssReady = rssMegabytes();

    // then the inventory, from the navigation, and every other view once (each loads when first shown)
    double inventoryViewMs = 0;
    QList<QPair<QString, double>> viewTimes;
    QList<double> viewRss;
    if (window) {
        for (const QString &name : MainWindow::viewNames()) {
            if (name == QLatin1String("dashboard"))
                continue;
            t.restart();
            window->showView(name);
            settle();
            viewTimes.append({name, ms(t)});
            viewRss.append(rssMegabytes());
        }
        t.restart();
        window->showView(QStringLiteral("inventory"));
        settle();
        inventoryViewMs = ms(t);
    }
    // the alerts are checked on a worker thread shortly after the window shows; wait for that check to end, so that
    // it does not run during the keystrokes
    t.restart();
    if (window) {
        QElapsedTimer started;
        started.start();
        while (!workspace->isRecomputingAlerts() && started.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    while (workspace->isRecomputingAlerts())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    const double alertsWaitMs = ms(t);
    const double rssViews = rssMegabytes();

    InventoryView *view = inventoryOnly ? inventoryWindow.get() : window->inventoryView();
    QLineEdit *search = view->searchField();
    QTableView *table = view->table();
    std::vector<double> strokes;
    std::vector<double> modelParts;
    int lastRows = 0;
    std::vector<long> faults;
    for (const QString &text : keystrokes()) {
        t.restart();
        const long faultsBefore = minorFaults();
        search->setText(text);
        modelParts.push_back(ms(t));
        faults.push_back(minorFaults() - faultsBefore);
        settle();
        strokes.push_back(ms(t));
        lastRows = table->model()->rowCount();
    }
    std::vector<double> sorted = strokes;
    std::sort(sorted.begin(), sorted.end());
    const double median = (sorted[sorted.size() / 2 - 1] + sorted[sorted.size() / 2]) / 2;
    const double worst = sorted.back();
    const auto slowest = std::max_element(strokes.begin(), strokes.end()) - strokes.begin();

    search->clear();
    settle();
    t.restart();
    table->sortByColumn(InventoryModel::AgeDays, Qt::AscendingOrder);
    settle();
    const double sortMs = ms(t);
    const double rssMb = rssMegabytes();

    // baseline: the same search strings, as QStrings, scanned with contains() once
    const InventoryModel *model = workspace->inventoryModel();
    QStringList haystacks;
    haystacks.reserve(model->rowCount());
    for (int r = 0; r < model->rowCount(); ++r)
        haystacks << QString::fromUtf8(model->searchTextAt(r));
    const QString needle = QStringLiteral("stri");
    double baselineMs = 1e9;
    int baselineHits = 0;
    for (int round = 0; round < 5; ++round) {
        t.restart();
        int hits = 0;
        for (const QString &h : std::as_const(haystacks))
            hits += h.contains(needle, Qt::CaseInsensitive) ? 1 : 0;
        baselineMs = std::min(baselineMs, ms(t));
        baselineHits = hits;
    }
    // the filter model alone, from scratch (no cached result), for the same text
    InventoryFilterModel fresh;
    fresh.setSourceModel(workspace->inventoryModel());
    fresh.sort(InventoryModel::Name);
    t.restart();
    fresh.setText(needle);
    const double modelScanMs = ms(t);

    // breakdown (after the timed part; the page cache is warm by now)
    t.restart();
    const bool storeRead = workspace->store().inventory().ok();
    const double storeMs = ms(t);
    if (!inventoryOnly) {
        // what the worker thread did while the window was built, measured alone on this thread
        t.restart();
        workspace->inventoryModel()->reload();
        reloadMs = ms(t);
    }
    t.restart();
    double viewMs = 0;
    {
        InventoryView bare(*workspace);
        bare.resize(1250, 800);
        bare.show();
        settle();
        viewMs = ms(t);
    }

    const int keys = workspace->inventoryModel()->rowCount();
    std::printf("credentials                 %d\n", keys);
    if (reused)
        std::printf("build                       reused %s\n", qPrintable(path));
    else
        std::printf("build (store, audited)      %.0f ms  (one transaction)\n", buildMs);
    std::printf("open workspace              %.1f ms\n", openMs);
    std::printf("inventory reload            %.1f ms  (store read, status rules, search text, sort keys%s)\n", reloadMs,
                inventoryOnly ? "" : "; measured alone afterwards");
    std::printf("  of which store read       %.1f ms%s  (measured again afterwards)\n", storeMs,
                storeRead ? "" : " (failed)");
    std::printf("%s %.1f ms  (%s; a second InventoryView, built and shown: %.1f ms)\n",
                inventoryOnly ? "inventory view constructed " : "main window constructed    ", constructMs,
                inventoryOnly ? "after the reload" : "the rows are read on a worker thread meanwhile", viewMs);
    std::printf("open to shown               %.1f ms  (%s; budget: under 1000 ms)\n", shownMs,
                inventoryOnly ? "InventoryView + model, not the main window" : "the main window on the dashboard");
    std::printf("open to inventory in view   %.1f ms  (the rows, charts and counts painted; RSS then %.0f MB)\n",
                readyMs, rssReady);
    for (qsizetype i = 0; i < viewTimes.size(); ++i)
        std::printf("  first show of %-12s %.1f ms  (RSS after it %.0f MB)\n", qPrintable(viewTimes.at(i).first),
                    viewTimes.at(i).second, viewRss.at(i));
    if (window)
        std::printf("  back to the inventory     %.1f ms\n", inventoryViewMs);
    std::printf(
        "alerts checked              %.1f ms after that  (a worker thread; RSS with every view loaded: %.0f MB)\n",
        alertsWaitMs, rssViews);
    std::printf("filter keystroke median     %.2f ms  (budget: under 16 ms)\n", median);
    std::printf("filter keystroke worst      %.2f ms  (keystroke %lld: \"%s\")\n", worst, qint64(slowest) + 1,
                qPrintable(keystrokes().at(slowest)));
    std::printf("keystrokes (ms)            ");
    for (double s : strokes)
        std::printf(" %.1f", s);
    std::printf("\n");
    std::printf("  of which filter model    ");
    for (double s : modelParts)
        std::printf(" %.1f", s);
    std::printf("\n");
    std::printf("  page faults in the model ");
    for (long f : faults)
        std::printf(" %ld", f);
    std::printf("\n");
    std::printf("rows after the last stroke  %d\n", lastRows);
    std::printf("sort by age (view)          %.1f ms\n", sortMs);
    std::printf("RSS                         %.0f MB  (budget: under 250 MB; after open %.0f, after reload %.0f, "
                "after the window was built %.0f)\n",
                rssMb, rssOpen, rssReload, rssWindow);
    std::printf("heap in use after reload    %.0f MB  (mallinfo2: what the open workspace and the model hold)\n",
                heapReload);
    std::printf("baseline QString scan       %.2f ms  (contains(\"stri\", CaseInsensitive), %d hits, best of 5)\n",
                baselineMs, baselineHits);
    std::printf("filter model full scan      %.2f ms  (\"stri\", no cached result, no view)\n", modelScanMs);
    window.reset();
    inventoryWindow.reset();
    workspace.reset();
    // keys in the order the budget table reads them (QJsonDocument would sort them)
    std::printf("{\"keys\":%d,\"shown_ms\":%.1f,\"filter_median_ms\":%.2f,\"filter_max_ms\":%.2f,\"sort_ms\":%.1f,"
                "\"rss_mb\":%.1f,\"baseline_scan_ms\":%.2f,\"inventory_ready_ms\":%.1f}\n",
                keys, shownMs, median, worst, sortMs, rssMb, baselineMs, readyMs);
    return 0;
}
