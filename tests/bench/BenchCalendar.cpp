// The rotation calendar at scale: builds (or reuses) a workspace of N credentials (default 100,000, each with a
// current key, 7/30/90-day intervals) the way BenchInventory does, then times what a person waits for, offscreen:
// planning 13 weeks and loading the calendar model, opening the CalendarView until it has painted, and filter
// keystrokes typed into the calendar's search (each one until the view has laid out and painted its rows), with the
// memory in use. Prints figures, then a last line of JSON. Not a test: no asserts.
#include "BenchSupport.h"
#include "CalendarView.h"
#include "core/Workspace.h"
#include "core/audit/AuditLog.h"
#include "core/domain/Clock.h"
#include "core/domain/Fingerprint.h"
#include "core/models/CalendarModel.h"
#include "core/schedule/Scheduler.h"
#include "core/store/Database.h"
#include "core/store/WorkspaceStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QWindow>

#include <malloc.h>

#include <algorithm>
#include <cstdio>

using namespace keyturn;
using namespace keyturn::bench;

namespace {
/// The heap in use: small blocks in the arena and large ones mapped on their own (vectors of 600,000 rows).
double heapMegabytes()
{
    const struct mallinfo2 info = mallinfo2();
    return double(info.uordblks + info.hblkhd) / (1024.0 * 1024.0);
}

/// Keystrokes typing, correcting and clearing searches a person makes in the calendar: a provider, a service, a key.
QStringList keystrokes()
{
    QStringList texts;
    const auto type = [&texts](const QString &word) { typeWord(texts, word); };
    const auto erase = [&texts](int count) { eraseChars(texts, count); };
    type(QStringLiteral("stripe"));     // 6
    erase(6);                           // 12
    type(QStringLiteral("service-42")); // 22
    erase(10);                          // 32
    type(QStringLiteral("key-0123"));   // 40
    erase(8);                           // 48
    type(QStringLiteral("PRODUCTION")); // 58
    return texts;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the view's settings go to a test location, not the user's
    // BenchCalendar [N] [WORKSPACE] [--strokes K] [--no-view]: WORKSPACE is built once and reused (the build takes
    // the longest); --strokes limits the keystrokes timed (the first K of the list); --no-view times the filter model
    // alone and leaves the CalendarView out.
    QStringList args = app.arguments().mid(1);
    const bool noView = args.removeAll(QStringLiteral("--no-view")) > 0;
    qsizetype maxStrokes = keystrokes().size();
    if (const qsizetype at = args.indexOf(QStringLiteral("--strokes")); at >= 0 && at + 1 < args.size()) {
        maxStrokes = std::clamp<qsizetype>(args.at(at + 1).toInt(), 1, maxStrokes);
        args.remove(at, 2);
    }
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

    auto opened = Workspace::open(path, QStringLiteral("bench"), SystemClock::instance());
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorMessage()));
        return 1;
    }
    std::unique_ptr<Workspace> workspace = std::move(opened.value());
    const double rssOpen = rssMegabytes();
    const double heapOpen = heapMegabytes();

    // the store read alone, for the breakdown: the rows handed over one by one, as the scheduler reads them
    t.restart();
    int keys = 0;
    if (auto read = workspace->store().readInventory({}, [&keys](InventoryRow &&) { ++keys; }); !read) {
        std::fprintf(stderr, "%s\n", qPrintable(read.errorMessage()));
        return 1;
    }
    const double storeMs = ms(t);

    // plan + model: what opening the calendar computes
    const QStringList texts = keystrokes().mid(0, maxStrokes);
    double reloadMs = 0;
    int rows = 0;
    double rssModel = 0;
    double heapModel = 0;
    double planMs = 0;
    std::vector<double> modelStrokes;
    std::vector<int> filterRows;
    {
        CalendarModel model(workspace->store(), workspace->clock());
        QString failure;
        QObject::connect(&model, &CalendarModel::loadFailed, [&failure](const QString &m) { failure = m; });
        t.restart();
        model.reload();
        reloadMs = ms(t);
        if (!failure.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(failure));
            return 1;
        }
        rows = model.rowCount();
        rssModel = rssMegabytes();
        heapModel = heapMegabytes();

        // the scheduler's part of it, measured again afterwards
        const QDateTime now = workspace->clock().now();
        t.restart();
        planMs = Scheduler(workspace->store()).planned(now, now.addDays(7 * model.horizonWeeks())).ok() ? ms(t) : -1;

        // the filter model alone, without a view
        CalendarFilterModel filter;
        filter.setSourceModel(&model);
        for (const QString &text : texts) {
            t.restart();
            filter.setText(text);
            filterRows.push_back(filter.rowCount()); // a proxy may map lazily: until it is asked
            modelStrokes.push_back(ms(t));
        }
    }
    malloc_trim(0);

    double constructMs = -1;
    double shownMs = -1;
    double rssShown = -1;
    double rssMb = rssModel; // --no-view: with the model loaded
    std::vector<double> strokes;
    std::vector<double> setTextParts;
    std::vector<int> shownRows;
    QString summary;
    if (!noView) {
        // the view: constructed, then shown and painted (it plans when first shown)
        t.restart();
        CalendarView view(*workspace);
        view.resize(1440, 860);
        constructMs = ms(t);
        view.show();
        while (!view.windowHandle() || !view.windowHandle()->isExposed())
            QCoreApplication::processEvents();
        settle();
        shownMs = ms(t);
        rssShown = rssMegabytes();

        QLineEdit *search = view.searchField();
        QTableView *table = view.table();
        for (const QString &text : texts) {
            t.restart();
            search->setText(text);
            setTextParts.push_back(ms(t));
            settle();
            strokes.push_back(ms(t));
            shownRows.push_back(table->model()->rowCount());
        }
        search->clear();
        settle();
        summary = view.summaryLabel()->text();
        rssMb = rssMegabytes(); // with the calendar open
    }
    const std::vector<double> &timed = noView ? modelStrokes : strokes;
    const double strokeMedian = median(timed);
    const auto slowest = std::max_element(timed.begin(), timed.end()) - timed.begin();
    const double worst = timed[size_t(slowest)];

    std::printf("credentials                 %d\n", keys);
    if (reused)
        std::printf("build                       reused %s\n", qPrintable(path));
    else
        std::printf("build (store, audited)      %.0f ms  (one transaction)\n", buildMs);

    std::printf("calendar rows               %d  (13 weeks)\n", rows);
    std::printf("plan + model reload         %.1f ms\n", reloadMs);
    std::printf("  of which the plan         %.1f ms  (Scheduler::planned, measured again afterwards)\n", planMs);
    std::printf("    of which the store read %.1f ms  (readInventory, measured before)\n", storeMs);
    std::printf("calendar model heap         %.1f MB  (mallinfo2 in use with the model loaded, minus before)\n",
                heapModel - heapOpen);
    if (!noView) {
        std::printf("view constructed            %.1f ms  (it plans when first shown)\n", constructMs);
        std::printf("view constructed to shown   %.1f ms  (plans, loads, lays out and paints)\n", shownMs);
    }
    std::printf("filter keystroke median     %.2f ms  (%s)\n", strokeMedian,
                noView ? "the filter model alone" : "until the view has laid out and painted");
    std::printf("filter keystroke worst      %.2f ms  (keystroke %lld: \"%s\")\n", worst, qint64(slowest) + 1,
                qPrintable(texts.at(slowest)));
    std::printf("filter model alone          median %.2f ms, worst %.2f ms  (setText, no view)\n", median(modelStrokes),
                *std::max_element(modelStrokes.begin(), modelStrokes.end()));
    std::printf("rows per keystroke (model) ");
    for (int r : filterRows)
        std::printf(" %d", r);
    std::printf("\n");
    if (!noView) {
        std::printf("  setText with the view     median %.2f ms  (before the view lays out)\n", median(setTextParts));
        std::printf("keystrokes (ms)            ");
        for (double s : strokes)
            std::printf(" %.1f", s);
        std::printf("\n");
        std::printf("rows shown per keystroke   ");
        for (int r : shownRows)
            std::printf(" %d", r);
        std::printf("\n");
        std::printf("summary                     %s\n", qPrintable(summary));
    }
    std::printf("RSS                         %.0f MB  (%s; after open %.0f, with the model alone %.0f, view shown "
                "%.0f)\n",
                rssMb, noView ? "with the model loaded" : "with the calendar open, after the keystrokes", rssOpen,
                rssModel, rssShown);
    // keys in the order the budget table reads them (QJsonDocument would sort them)
    std::printf("{\"keys\":%d,\"calendar_rows\":%d,\"reload_ms\":%.1f,\"filter_median_ms\":%.2f,\"filter_max_ms\":%.2f,"
                "\"rss_mb\":%.1f}\n",
                keys, rows, reloadMs, strokeMedian, worst, rssMb);
    return 0;
}
