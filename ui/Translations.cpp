#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace keyturn::translations {

QString KeyturnTranslator::translate(const char *context, const char *sourceText, const char *disambiguation,
                                     int n) const
{
    QString result = QTranslator::translate(context, sourceText, disambiguation, n);
    if (!result.isEmpty() || !context || !QByteArray(context).startsWith("keyturn::"))
        return result;
    const QByteArray lower = QByteArray(context).toLower();
    // a namespace of free functions: keyturn::AlertRules' helpers live in keyturn::alertrules
    for (const char *fallback : {context, "keyturn", lower.constData()}) {
        if (fallback != context)
            result = QTranslator::translate(fallback, sourceText, disambiguation, n);
        // lupdate does not see the count those helpers pass, so it filed the string with one form; Qt fills in %n
        if (result.isEmpty() && n >= 0)
            result = QTranslator::translate(fallback, sourceText, disambiguation, -1);
        if (!result.isEmpty())
            return result;
    }
    return result;
}

QString install(const QLocale &locale, QObject *parent)
{
    auto *qt = new QTranslator(parent);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *own = new KeyturnTranslator(parent);
    if (!own->load(locale, QStringLiteral("keyturn"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete own;
        return {};
    }
    QCoreApplication::installTranslator(own);
    return own->language().section(QLatin1Char('_'), 0, 0);
}

QStringList available()
{
    QStringList languages;
    for (const QString &file : QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("keyturn_*.qm")}))
        languages << file.mid(8).chopped(3);
    return languages;
}

} // namespace keyturn::translations
