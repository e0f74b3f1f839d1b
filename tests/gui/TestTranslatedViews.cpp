// Each translated build (translations/keyturn_*.ts: German, French) shows no untranslated string in the main views:
// every string the views ask a translator for has a translation, and no visible label, button, header, tooltip,
// title, menu item or model-made cell still reads as one of the English source texts that have a translation.
#include "DemoWorkspace.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "Translations.h"
#include "core/Workspace.h"
#include "core/demo/DemoWorld.h"
#include "core/models/InventoryModel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QScopeGuard>
#include <QSet>
#include <QTabWidget>
#include <QXmlStreamReader>

using namespace keyturn;
using namespace keyturn::test;

namespace {
bool isKeyturnContext(const QByteArray &context)
{
    return context.startsWith("keyturn") || context == "QObject" || context == "main" || context == "NoticeTemplates";
}

/// Installed last, so asked first: notes every string Keyturn asks for that the translation lacks, and answers
/// nothing, so the translation answers.
class MissingRecorder : public QTranslator
{
public:
    explicit MissingRecorder(const translations::KeyturnTranslator &translation) : m_translation(translation) {}
    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        if (context && sourceText && *sourceText && isKeyturnContext(context) &&
            m_translation.translate(context, sourceText, disambiguation, n).isEmpty())
            missing.insert(QString::fromUtf8(context) + QStringLiteral(" | ") + QString::fromUtf8(sourceText));
        return {};
    }
    bool isEmpty() const override { return false; }
    mutable QSet<QString> missing;

private:
    const translations::KeyturnTranslator &m_translation;
};

QString plain(QString text)
{
    text.remove(QLatin1Char('&'));
    return text.trimmed();
}
} // namespace

class TestTranslatedViews : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QSet<QString> m_english; ///< source texts whose translation differs

    void collect(QWidget *root, QStringList &problems)
    {
        auto check = [&](QWidget *w, const QString &what, const QString &text) {
            if (!text.isEmpty() && m_english.contains(plain(text)))
                problems << QStringLiteral("%1 %2 (%3): \"%4\"")
                                .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), what, text);
        };
        const QList<QWidget *> widgets = root->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (!w->isVisibleTo(root))
                continue;
            check(w, QStringLiteral("tooltip"), w->toolTip());
            check(w, QStringLiteral("accessible name"), w->accessibleName());
            if (auto *label = qobject_cast<QLabel *>(w))
                check(w, QStringLiteral("text"), label->text());
            if (auto *button = qobject_cast<QAbstractButton *>(w))
                check(w, QStringLiteral("text"), button->text());
            if (auto *box = qobject_cast<QGroupBox *>(w))
                check(w, QStringLiteral("title"), box->title());
            if (auto *edit = qobject_cast<QLineEdit *>(w))
                check(w, QStringLiteral("placeholder"), edit->placeholderText());
            if (auto *combo = qobject_cast<QComboBox *>(w)) {
                for (int i = 0; i < combo->count(); ++i)
                    check(w, QStringLiteral("item"), combo->itemText(i));
            }
            if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
                for (int i = 0; i < tabs->count(); ++i)
                    check(w, QStringLiteral("tab"), tabs->tabText(i));
            }
            if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
                QAbstractItemModel *model = view->model();
                for (int c = 0; c < model->columnCount(); ++c) {
                    check(w, QStringLiteral("header"), model->headerData(c, Qt::Horizontal).toString());
                    // labels the models make (states, kinds, levels), not the data typed in
                    for (int r = 0; r < std::min(model->rowCount(), 40); ++r)
                        check(w, QStringLiteral("cell"), model->index(r, c).data().toString());
                }
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString path = m_dir.filePath(QStringLiteral("demo.keyturn"));
        auto ws = openDemoWorkspace(path, QStringLiteral("carol"));
        QVERIFY2(ws.ok(), qPrintable(ws.errorMessage()));
        m_workspace = std::move(ws.value());
    }
    void cleanupTestCase() { m_workspace.reset(); }

    void mainViewsAreFullyTranslated_data()
    {
        QTest::addColumn<QString>("language");
        const QStringList shipped = translations::available();
        const QStringList files =
            QDir(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../translations")).entryList({QStringLiteral("keyturn_*.ts")});
        QVERIFY(files.size() >= 2);
        for (const QString &file : files) {
            const QString language = file.mid(8).chopped(3);
            QVERIFY2(shipped.contains(language), qPrintable(file + QStringLiteral(" is not built into :/i18n")));
            QTest::newRow(qPrintable(language)) << language;
        }
    }
    void mainViewsAreFullyTranslated()
    {
        QFETCH(QString, language);
        QLocale::setDefault(QLocale(language));
        translations::KeyturnTranslator translation;
        QVERIFY2(translation.load(QStringLiteral(":/i18n/keyturn_%1.qm").arg(language)),
                 "the translation is not in :/i18n");
        QTranslator qt;
        if (qt.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qt);
        QCoreApplication::installTranslator(&translation);
        MissingRecorder recorder(translation);
        QCoreApplication::installTranslator(&recorder);
        auto uninstall = qScopeGuard([&] {
            QCoreApplication::removeTranslator(&recorder);
            QCoreApplication::removeTranslator(&translation);
            QCoreApplication::removeTranslator(&qt);
            QLocale::setDefault(QLocale::c());
        });

        // the English texts that have a translation of their own
        QFile ts(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../translations/keyturn_%1.ts").arg(language));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        QString source;
        QString fileMenu;
        m_english.clear();
        while (!xml.atEnd()) {
            if (!xml.readNextStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const bool finished = xml.attributes().value(QLatin1String("type")).isEmpty();
                const QString translated = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (finished && plain(translated) != plain(source) && plain(source).size() > 1)
                    m_english.insert(plain(source));
                if (source == QLatin1String("&File"))
                    fileMenu = translated;
            }
        }
        QVERIFY2(m_english.size() > 1000, "the translation looks empty");

        MainWindow window(*m_workspace);
        window.resize(1440, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.checkAlertsNow();
        QStringList problems;
        for (const QString &name : MainWindow::viewNames()) {
            QVERIFY(window.showView(name));
            QTest::qWait(300); // views that read when first shown (audit, calendar, consumers)
            collect(&window, problems);
        }
        for (QAction *menu : window.menuBar()->actions()) {
            if (m_english.contains(plain(menu->text())))
                problems << QStringLiteral("menu \"%1\"").arg(menu->text());
            for (QAction *action : menu->menu()->actions()) {
                if (m_english.contains(plain(action->text())) || m_english.contains(plain(action->toolTip())))
                    problems << QStringLiteral("menu item \"%1\" (%2)").arg(action->text(), action->toolTip());
            }
        }
        if (m_english.contains(plain(window.windowTitle())))
            problems << QStringLiteral("window title \"%1\"").arg(window.windowTitle());
        problems.removeDuplicates();
        QStringList missing(recorder.missing.begin(), recorder.missing.end());
        missing.sort();
        for (const QString &m : std::as_const(missing))
            qWarning("untranslated: %s", qPrintable(m));
        for (const QString &p : std::as_const(problems))
            qWarning("shown in English: %s", qPrintable(p));
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 strings without a translation (listed above)").arg(missing.size())));
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 English texts still shown (listed above)").arg(problems.size())));
        // and the translation is really there
        QCOMPARE(window.menuBar()->actions().first()->text(), fileMenu);
        QVERIFY(fileMenu != QLatin1String("&File"));
    }
};

QTEST_MAIN(TestTranslatedViews)
#include "TestTranslatedViews.moc"
