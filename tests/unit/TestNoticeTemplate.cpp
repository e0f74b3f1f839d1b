#include "core/notices/NoticeTemplate.h"

#include <QTest>

using namespace keyturn;

using Values = QHash<QString, QString>;

namespace {

/// A value for every known placeholder; the key prefix and the consumer hold Markdown punctuation on purpose.
Values allValues()
{
    return {
        {QStringLiteral("consumer_name"), QStringLiteral("Acme Billing")},
        {QStringLiteral("key_name"), QStringLiteral("billing-prod")},
        {QStringLiteral("key_prefix"), QStringLiteral("kt_live_3f9a")},
        {QStringLiteral("key_fingerprint"), QStringLiteral("sha256:1a2b3c4d5e6f7a8b")},
        {QStringLiteral("environment"), QStringLiteral("production")},
        {QStringLiteral("deadline_utc"), QStringLiteral("2026-12-01 12:00 UTC")},
        {QStringLiteral("days_left"), QStringLiteral("7")},
        {QStringLiteral("contact"), QStringLiteral("platform@example.com")},
        {QStringLiteral("api_base_url"), QStringLiteral("https://api.example.com/v2")},
        {QStringLiteral("health_url"), QStringLiteral("https://api.example.com/v2/health")},
        {QStringLiteral("dashboard_url"), QStringLiteral("https://dashboard.example.com/keys")},
        {QStringLiteral("reason"), QStringLiteral("a suspected leak")},
        {QStringLiteral("old_deadline_utc"), QStringLiteral("2026-11-24 12:00 UTC")},
        {QStringLiteral("campaign_name"), QStringLiteral("Q4 rotation")},
    };
}

Values with(const QString &name, const QString &value)
{
    Values v = allValues();
    v.insert(name, value);
    return v;
}

Values without(const QString &name)
{
    Values v = allValues();
    v.remove(name);
    return v;
}

NoticeTemplate makeTemplate(const QString &subject, const QString &body)
{
    NoticeTemplate t;
    t.name = QStringLiteral("test");
    t.subject = subject;
    t.bodyMarkdown = body;
    return t;
}

QString document(const QString &escapedTitle, const QString &bodyHtml)
{
    return QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>") + escapedTitle +
           QStringLiteral("</title></head><body>\n") + bodyHtml + QStringLiteral("\n</body></html>");
}

} // namespace

class TestNoticeTemplate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fill_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("body");
        QTest::addColumn<Values>("values");
        QTest::addColumn<QString>("expectedSubject");
        QTest::addColumn<QString>("expectedBody");
        QTest::addColumn<QString>("error");
        const QString s = QStringLiteral("Rotate {{key_name}}");
        const QString filledS = QStringLiteral("Rotate billing-prod");

        QTest::newRow("normal") << s << "Hello {{consumer_name}},\nyour key {{key_name}} expires." << allValues()
                                << filledS << "Hello Acme Billing,\nyour key billing-prod expires."
                                << "";
        QTest::newRow("spaces in braces")
            << "Rotate {{ key_name }}"
            << "{{  consumer_name}} / {{environment  }}" << allValues() << filledS << "Acme Billing / production"
            << "";
        QTest::newRow("unknown placeholder") << s << "Hello,\nask {{contcat}}." << allValues() << ""
                                             << ""
                                             << "line 2: unknown placeholder {{contcat}}";
        QTest::newRow("missing value") << s << "Ask {{contact}}." << without(QStringLiteral("contact")) << ""
                                       << ""
                                       << "line 1: placeholder {{contact}} has no value";
        QTest::newRow("empty value") << s << "Ask {{contact}}." << with(QStringLiteral("contact"), QString()) << ""
                                     << ""
                                     << "line 1: placeholder {{contact}} has no value";
        QTest::newRow("blank value") << s << "Ask {{contact}}." << with(QStringLiteral("contact"), QStringLiteral("  "))
                                     << ""
                                     << ""
                                     << "line 1: placeholder {{contact}} has no value";
        QTest::newRow("unbalanced open") << s << "ok\n\nHello {{consumer_name," << allValues() << ""
                                         << ""
                                         << "line 3: unbalanced braces: {{ without }}";
        QTest::newRow("unbalanced close") << s << "Hello {consumer_name}}" << allValues() << ""
                                          << ""
                                          << "line 1: unbalanced braces: }} without {{";
        QTest::newRow("malformed") << s << "Hello {{consumer name}}" << allValues() << ""
                                   << ""
                                   << "line 1: malformed placeholder {{consumer name}}";
        QTest::newRow("subject unknown") << "Rotate {{kye_name}}"
                                         << "Hello" << allValues() << ""
                                         << ""
                                         << "subject: unknown placeholder {{kye_name}}";
        QTest::newRow("subject missing") << "Rotate {{key_name}}"
                                         << "Hello" << without(QStringLiteral("key_name")) << ""
                                         << ""
                                         << "subject: placeholder {{key_name}} has no value";
        QTest::newRow("all problems at once")
            << "{{nope}}"
            << "a {{contact}}\n{{x\n{{consumer_name}} {{bad}} {{bad}}" << without(QStringLiteral("contact")) << ""
            << ""
            << "subject: unknown placeholder {{nope}}; line 1: placeholder {{contact}} has no value; "
               "line 2: unbalanced braces: {{ without }}; line 3: unknown placeholder {{bad}}";
        QTest::newRow("markdown punctuation escaped")
            << s << "Dear {{consumer_name}}"
            << with(QStringLiteral("consumer_name"), QStringLiteral("*Acme* <b>_[x]#{y}\\`")) << filledS
            << "Dear \\*Acme\\* \\<b\\>\\_\\[x\\]\\#\\{y\\}\\\\\\`"
            << "";
        QTest::newRow("prefix escaped outside code")
            << s << "Prefix {{key_prefix}}" << allValues() << filledS << "Prefix kt\\_live\\_3f9a"
            << "";
        QTest::newRow("inline code unchanged") << s << "Prefix `{{key_prefix}}` and ``{{ key_prefix }}``" << allValues()
                                               << filledS << "Prefix `kt_live_3f9a` and ``kt_live_3f9a``"
                                               << "";
        QTest::newRow("fenced block unchanged")
            << s << "```sh\ncurl {{health_url}} # {{key_prefix}}\n```\nafter {{key_prefix}}" << allValues() << filledS
            << "```sh\ncurl https://api.example.com/v2/health # kt_live_3f9a\n```\nafter kt\\_live\\_3f9a"
            << "";
        QTest::newRow("unclosed backtick is text")
            << s << "a ` {{key_prefix}}" << allValues() << filledS << "a ` kt\\_live\\_3f9a"
            << "";
        QTest::newRow("escaped braces are text")
            << s << "Write \\{\\{name\\}\\} literally" << allValues() << filledS << "Write \\{\\{name\\}\\} literally"
            << "";
        QTest::newRow("newline in value") << s << "Dear {{consumer_name}}"
                                          << with(QStringLiteral("consumer_name"), QStringLiteral("Acme\nBcc: x")) << ""
                                          << ""
                                          << "line 1: the value of {{consumer_name}} must be a single line";
        QTest::newRow("newline in subject value")
            << s << "Hi" << with(QStringLiteral("key_name"), QStringLiteral("a\r\nBcc: x")) << ""
            << ""
            << "subject: the value of {{key_name}} must be a single line";
        QTest::newRow("backtick value in code")
            << s << "`{{key_prefix}}`" << with(QStringLiteral("key_prefix"), QStringLiteral("kt`x")) << ""
            << ""
            << "line 1: the value of {{key_prefix}} holds ` or {{ }} and cannot be placed in code";
        QTest::newRow("subject is plain text")
            << "Key {{key_prefix}} <{{consumer_name}}>"
            << "Hi" << with(QStringLiteral("consumer_name"), QStringLiteral("*A*")) << "Key kt_live_3f9a <*A*>"
            << "Hi"
            << "";
        QTest::newRow("subject on two lines") << "Rotate\n{{key_name}}"
                                              << "Hi" << allValues() << ""
                                              << ""
                                              << "subject: the subject must be a single line";
        QTest::newRow("empty body") << s << " \n"
                                    << allValues() << ""
                                    << ""
                                    << "the body is empty";
    }
    void fill()
    {
        QFETCH(QString, subject);
        QFETCH(QString, body);
        QFETCH(Values, values);
        QFETCH(QString, expectedSubject);
        QFETCH(QString, expectedBody);
        QFETCH(QString, error);
        const auto filled = NoticeTemplates::fill(makeTemplate(subject, body), values);
        QCOMPARE(filled.errorMessage(), error);
        if (error.isEmpty()) {
            QCOMPARE(filled->subject, expectedSubject);
            QCOMPARE(filled->bodyMarkdown, expectedBody);
        }
    }

    void validate_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("valid") << "Rotate {{ key_prefix }}"
                               << "Hi {{consumer_name}}\n```\n{{health_url}}\n```"
                               << "";
        QTest::newRow("unknown in body") << "Rotate"
                                         << "a\nb\nAsk {{contcat}}"
                                         << "line 3: unknown placeholder {{contcat}}";
        QTest::newRow("unknown in code") << "Rotate"
                                         << "```\n{{bogus}}\n```"
                                         << "line 2: unknown placeholder {{bogus}}";
        QTest::newRow("unknown in subject") << "Rotate {{key}}"
                                            << "Hi"
                                            << "subject: unknown placeholder {{key}}";
        QTest::newRow("unbalanced") << "Rotate"
                                    << "Hi {{contact"
                                    << "line 1: unbalanced braces: {{ without }}";
        QTest::newRow("unbalanced subject") << "Rotate {{key_name"
                                            << "Hi"
                                            << "subject: unbalanced braces: {{ without }}";
        QTest::newRow("empty subject") << "  "
                                       << "Hi"
                                       << "subject: the subject is empty";
        QTest::newRow("two-line subject") << "a\nb"
                                          << "Hi"
                                          << "subject: the subject must be a single line";
        QTest::newRow("empty body") << "Rotate"
                                    << "\n\n"
                                    << "the body is empty";
        QTest::newRow("several") << ""
                                 << "{{x}}"
                                 << "subject: the subject is empty; line 1: unknown placeholder {{x}}";
    }
    void validate()
    {
        QFETCH(QString, subject);
        QFETCH(QString, body);
        QFETCH(QString, error);
        QCOMPARE(NoticeTemplates::validate(makeTemplate(subject, body)).errorMessage(), error);
    }

    void render_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("html");
        QTest::newRow("h1") << "# Hello world"
                            << "Hello world\n===========\n"
                            << "Hello world"
                            << "<h1>Hello world</h1>";
        QTest::newRow("h2") << "## Steps ##"
                            << "Steps\n-----\n"
                            << "Steps"
                            << "<h2>Steps</h2>";
        QTest::newRow("h3") << "### Go"
                            << "Go\n--\n"
                            << "Go"
                            << "<h3>Go</h3>";
        QTest::newRow("percent signs") << "## 50% off %1"
                                       << "50% off %1\n----------\n"
                                       << "50% off %1"
                                       << "<h2>50% off %1</h2>";
        QTest::newRow("h4 is text") << "#### Four"
                                    << "#### Four\n"
                                    << "Notice"
                                    << "<p>#### Four</p>";
        QTest::newRow("heading inline") << "# Rotate *now* & `kt_`"
                                        << "Rotate now & kt_\n================\n"
                                        << "Rotate now &amp; kt_"
                                        << "<h1>Rotate <em>now</em> &amp; <code>kt_</code></h1>";
        QTest::newRow("paragraphs") << "First line\nsecond line\n\n\nNext"
                                    << "First line\nsecond line\n\nNext\n"
                                    << "Notice"
                                    << "<p>First line\nsecond line</p>\n<p>Next</p>";
        QTest::newRow("bullets") << "- one\n* two\n- three"
                                 << "- one\n- two\n- three\n"
                                 << "Notice"
                                 << "<ul>\n<li>one</li>\n<li>two</li>\n<li>three</li>\n</ul>";
        QTest::newRow("numbers") << "1. one\n2. two\n3. three"
                                 << "1. one\n2. two\n3. three\n"
                                 << "Notice"
                                 << "<ol>\n<li>one</li>\n<li>two</li>\n<li>three</li>\n</ol>";
        QTest::newRow("numbers from 3") << "3. three\n4. four"
                                        << "3. three\n4. four\n"
                                        << "Notice"
                                        << "<ol start=\"3\">\n<li>three</li>\n<li>four</li>\n</ol>";
        QTest::newRow("list item continued") << "1. Create a key\n   in the dashboard\n2. Deploy"
                                             << "1. Create a key\n   in the dashboard\n2. Deploy\n"
                                             << "Notice"
                                             << "<ol>\n<li>Create a key\nin the dashboard</li>\n<li>Deploy</li>\n</ol>";
        QTest::newRow("fenced code") << "Run:\n\n```sh\ncurl -H \"A: <b>\" x & y\n\n  indented **no**\n```\n"
                                     << "Run:\n\n    curl -H \"A: <b>\" x & y\n\n      indented **no**\n"
                                     << "Notice"
                                     << "<p>Run:</p>\n<pre><code>curl -H &quot;A: &lt;b&gt;&quot; x &amp; y\n\n  "
                                        "indented **no**</code></pre>";
        QTest::newRow("indented fence") << "   ```\n   a\n     b\n   ```"
                                        << "    a\n      b\n"
                                        << "Notice"
                                        << "<pre><code>a\n  b</code></pre>";
        QTest::newRow("inline code") << "Use `kt_*live*` and `` a`b ``"
                                     << "Use kt_*live* and a`b\n"
                                     << "Notice"
                                     << "<p>Use <code>kt_*live*</code> and <code>a`b</code></p>";
        QTest::newRow("emphasis") << "**bold** and *em* and **bold *em* inside**"
                                  << "bold and em and bold em inside\n"
                                  << "Notice"
                                  << "<p><strong>bold</strong> and <em>em</em> and <strong>bold <em>em</em> "
                                     "inside</strong></p>";
        QTest::newRow("lone asterisks") << "2 * 3 and a*"
                                        << "2 * 3 and a*\n"
                                        << "Notice"
                                        << "<p>2 * 3 and a*</p>";
        QTest::newRow("link") << "See [the dashboard](https://dash.example.com/keys?a=1&b=2)."
                              << "See the dashboard (https://dash.example.com/keys?a=1&b=2).\n"
                              << "Notice"
                              << "<p>See <a href=\"https://dash.example.com/keys?a=1&amp;b=2\">the dashboard</a>.</p>";
        QTest::newRow("link named by its url") << "[http://x.example/a](http://x.example/a)"
                                               << "http://x.example/a\n"
                                               << "Notice"
                                               << "<p><a href=\"http://x.example/a\">http://x.example/a</a></p>";
        QTest::newRow("mailto link") << "[Write us](mailto:team@example.com)"
                                     << "Write us (mailto:team@example.com)\n"
                                     << "Notice"
                                     << "<p><a href=\"mailto:team@example.com\">Write us</a></p>";
        QTest::newRow("javascript link is text") << "[click](javascript:alert(1))"
                                                 << "click (javascript:alert(1))\n"
                                                 << "Notice"
                                                 << "<p>click (javascript:alert(1))</p>";
        QTest::newRow("data link is text") << "[x](data:text/html,<b>)"
                                           << "x (data:text/html,<b>)\n"
                                           << "Notice"
                                           << "<p>x (data:text/html,&lt;b&gt;)</p>";
        QTest::newRow("escapes") << "\\*not em\\* \\_x\\_ \\# \\[a\\](b) \\\\ \\`c\\` \\{\\{x\\}\\} \\<i\\> \\n"
                                 << "*not em* _x_ # [a](b) \\ `c` {{x}} <i> \\n\n"
                                 << "Notice"
                                 << "<p>*not em* _x_ # [a](b) \\ `c` {{x}} &lt;i&gt; \\n</p>";
        QTest::newRow("html escaped") << "Hello <script>alert(1)</script> \"&'"
                                      << "Hello <script>alert(1)</script> \"&'\n"
                                      << "Notice"
                                      << "<p>Hello &lt;script&gt;alert(1)&lt;/script&gt; &quot;&amp;&#39;</p>";
        QTest::newRow("document") << "# Title\n\nIntro **bold**.\n\n- a\n- b\n\n```\ncode\n```\n\nEnd"
                                  << "Title\n=====\n\nIntro bold.\n\n- a\n- b\n\n    code\n\nEnd\n"
                                  << "Title"
                                  << "<h1>Title</h1>\n<p>Intro <strong>bold</strong>.</p>\n<ul>\n<li>a</li>\n<li>b</li>"
                                     "\n</ul>\n<pre><code>code</code></pre>\n<p>End</p>";
        QTest::newRow("stray braces are text") << "a {{ b and c }}"
                                               << "a {{ b and c }}\n"
                                               << "Notice"
                                               << "<p>a {{ b and c }}</p>";
    }
    void render()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, text);
        QFETCH(QString, title);
        QFETCH(QString, html);
        const auto rendered = NoticeTemplates::render(markdown);
        QVERIFY2(rendered.ok(), qPrintable(rendered.errorMessage()));
        QCOMPARE(rendered->text, text);
        QCOMPARE(rendered->html, document(title, html));
    }

    void renderRefusesLeftoverPlaceholders_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("error");
        QTest::newRow("text") << "Hi\nAsk {{contact}}"
                              << "line 2: placeholder {{contact}} is not filled";
        QTest::newRow("unknown name") << "{{ contcat }}"
                                      << "line 1: placeholder {{contcat}} is not filled";
        QTest::newRow("code") << "```\ncurl {{health_url}}\n```\n`{{key_prefix}}`"
                              << "line 2: placeholder {{health_url}} is not filled; "
                                 "line 4: placeholder {{key_prefix}} is not filled";
    }
    void renderRefusesLeftoverPlaceholders()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, error);
        QCOMPARE(NoticeTemplates::render(markdown).errorMessage(), error);
    }

    // Values reach the HTML only escaped, and never become markup.
    void filledValuesRenderLiterally_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("html");
        QTest::newRow("script") << "<script>alert(1)</script>"
                                << "<script>alert(1)</script>"
                                << "&lt;script&gt;alert(1)&lt;/script&gt;";
        QTest::newRow("quotes") << "\"&'"
                                << "\"&'"
                                << "&quot;&amp;&#39;";
        QTest::newRow("emphasis") << "*Acme*"
                                  << "*Acme*"
                                  << "*Acme*";
        QTest::newRow("underscores") << "kt_live_"
                                     << "kt_live_"
                                     << "kt_live_";
        QTest::newRow("link") << "[x](javascript:alert(1))"
                              << "[x](javascript:alert(1))"
                              << "[x](javascript:alert(1))";
        QTest::newRow("heading") << "# big"
                                 << "# big"
                                 << "# big";
        QTest::newRow("braces") << "{{contact}}"
                                << "{{contact}}"
                                << "{{contact}}";
        QTest::newRow("backslash") << "a\\*b"
                                   << "a\\*b"
                                   << "a\\*b";
    }
    void filledValuesRenderLiterally()
    {
        QFETCH(QString, value);
        QFETCH(QString, text);
        QFETCH(QString, html);
        for (const QString &body : {QStringLiteral("{{consumer_name}}"), QStringLiteral("Dear {{consumer_name}},"),
                                    QStringLiteral("- **{{consumer_name}}**")}) {
            const auto filled = NoticeTemplates::fill(makeTemplate(QStringLiteral("s"), body),
                                                      with(QStringLiteral("consumer_name"), value));
            QVERIFY2(filled.ok(), qPrintable(filled.errorMessage()));
            const auto rendered = NoticeTemplates::render(filled->bodyMarkdown);
            QVERIFY2(rendered.ok(), qPrintable(rendered.errorMessage()));
            QVERIFY2(rendered->text.contains(text), qPrintable(rendered->text));
            QVERIFY2(rendered->html.contains(html), qPrintable(rendered->html));
            QVERIFY(!rendered->html.contains(QStringLiteral("<script")));
            QVERIFY(!rendered->html.contains(QStringLiteral("<a ")));
            QVERIFY(!rendered->html.contains(QStringLiteral("<h1>")));
        }
    }

    void knownPlaceholders()
    {
        QStringList names;
        for (const PlaceholderInfo &info : NoticeTemplates::knownPlaceholders()) {
            names << info.name;
            QVERIFY2(!info.description.isEmpty(), qPrintable(info.name));
        }
        QCOMPARE(names, QStringList({"consumer_name", "key_name", "key_prefix", "key_fingerprint", "environment",
                                     "deadline_utc", "days_left", "contact", "api_base_url", "health_url",
                                     "dashboard_url", "reason", "old_deadline_utc", "campaign_name"}));
    }

    void defaultNames()
    {
        QStringList names;
        for (const NoticeTemplate &t : NoticeTemplates::defaults()) {
            names << t.name;
            QCOMPARE(t.version, 0);
            QCOMPARE(t.createdBy, QStringLiteral("keyturn"));
        }
        QCOMPARE(names, QStringList({"migration-rest", "migration-python", "migration-node", "migration-java",
                                     "migration-go", "migration-environments", "reminder", "emergency", "extension"}));
    }

    void defaults_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("mustContain"); // in the rendered text, besides what every notice names
        const QString curl =
            QStringLiteral("curl -H \"Authorization: Bearer $NEW_KEY\" https://api.example.com/v2/health");
        QTest::newRow("migration-rest") << "migration-rest" << QStringList{curl};
        QTest::newRow("migration-python")
            << "migration-python"
            << QStringList{"import requests", "requests.get(", "\"https://api.example.com/v2/health\"", "Bearer"};
        QTest::newRow("migration-node") << "migration-node"
                                        << QStringList{"await fetch(\"https://api.example.com/v2/health\"",
                                                       "Bearer ${apiKey}"};
        QTest::newRow("migration-java") << "migration-java"
                                        << QStringList{"java.net.http.HttpClient",
                                                       "URI.create(\"https://api.example.com/v2/health\")", "Bearer "};
        QTest::newRow("migration-go") << "migration-go"
                                      << QStringList{
                                             "\"net/http\"",
                                             "http.NewRequest(http.MethodGet, \"https://api.example.com/v2/health\"",
                                             "Bearer "};
        QTest::newRow("migration-environments")
            << "migration-environments" << QStringList{curl, "staging", "production", "https://api.example.com/v2"};
        QTest::newRow("reminder") << "reminder" << QStringList{"Days left: 7"};
        QTest::newRow("emergency") << "emergency" << QStringList{"a suspected leak", "now"};
        QTest::newRow("extension") << "extension" << QStringList{"from 2026-11-24 12:00 UTC to 2026-12-01 12:00 UTC"};
    }
    void defaults()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, mustContain);
        const QList<NoticeTemplate> all = NoticeTemplates::defaults();
        const auto it = std::find_if(all.begin(), all.end(), [&](const NoticeTemplate &t) { return t.name == name; });
        QVERIFY(it != all.end());
        const NoticeTemplate &t = *it;

        const auto valid = NoticeTemplates::validate(t);
        QVERIFY2(valid.ok(), qPrintable(valid.errorMessage()));
        for (const char *p : {"{{key_name}}", "{{key_prefix}}", "{{key_fingerprint}}", "{{deadline_utc}}",
                              "{{dashboard_url}}", "{{contact}}", "{{health_url}}"})
            QVERIFY2(t.bodyMarkdown.contains(QLatin1String(p)), p);
        QVERIFY(t.subject.contains(QStringLiteral("{{key_prefix}}")));
        QVERIFY(t.subject.contains(QStringLiteral("{{deadline_utc}}")));

        const auto filled = NoticeTemplates::fill(t, allValues());
        QVERIFY2(filled.ok(), qPrintable(filled.errorMessage()));
        QVERIFY(filled->subject.contains(QStringLiteral("kt_live_3f9a")));
        QVERIFY(filled->subject.contains(QStringLiteral("2026-12-01 12:00 UTC")));
        QVERIFY(!filled->subject.contains(QLatin1Char('\\')));

        const auto rendered = NoticeTemplates::render(filled->bodyMarkdown);
        QVERIFY2(rendered.ok(), qPrintable(rendered.errorMessage()));
        QStringList expected = mustContain;
        expected << "Acme Billing"
                 << "billing-prod"
                 << "kt_live_3f9a"
                 << "sha256:1a2b3c4d5e6f7a8b"
                 << "2026-12-01 12:00 UTC"
                 << "platform@example.com"
                 << "https://dashboard.example.com/keys";
        for (const QString &e : expected)
            QVERIFY2(rendered->text.contains(e), qPrintable(e));
        QVERIFY(!rendered->text.contains(QStringLiteral("{{")));
        QVERIFY(!rendered->text.contains(QStringLiteral("kt\\_")));
        QVERIFY(
            rendered->html.startsWith(QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")));
        QVERIFY(rendered->html.endsWith(QStringLiteral("</body></html>")));
        QVERIFY(rendered->html.contains(QStringLiteral("<a href=\"https://dashboard.example.com/keys\">")));
        QVERIFY(rendered->html.contains(QStringLiteral("<h1>")));
        QVERIFY(rendered->html.contains(QStringLiteral("<code>kt_live_3f9a</code>")));

        // A placeholder left out is reported, never filled with a blank.
        const auto incomplete = NoticeTemplates::fill(t, without(QStringLiteral("key_fingerprint")));
        QVERIFY(!incomplete.ok());
        QVERIFY(incomplete.errorMessage().contains(QStringLiteral("placeholder {{key_fingerprint}} has no value")));
    }

    void migrationTemplateFor_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("name");
        QTest::newRow("rest") << "rest"
                              << "migration-rest";
        QTest::newRow("python") << "python"
                                << "migration-python";
        QTest::newRow("node") << "node"
                              << "migration-node";
        QTest::newRow("java") << "java"
                              << "migration-java";
        QTest::newRow("go") << "go"
                            << "migration-go";
        QTest::newRow("environments") << "environments"
                                      << "migration-environments";
        QTest::newRow("case and spaces") << " Python "
                                         << "migration-python";
        QTest::newRow("unknown") << "cobol"
                                 << "migration-rest";
        QTest::newRow("empty") << ""
                               << "migration-rest";
    }
    void migrationTemplateFor()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, name);
        QCOMPARE(NoticeTemplates::migrationTemplateFor(pattern), name);
        bool exists = false;
        for (const NoticeTemplate &t : NoticeTemplates::defaults())
            exists = exists || t.name == name;
        QVERIFY(exists);
    }
};

QTEST_GUILESS_MAIN(TestNoticeTemplate)
#include "TestNoticeTemplate.moc"
