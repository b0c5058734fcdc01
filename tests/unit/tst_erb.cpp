#include "core/config/Erb.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QTest>

using namespace Berth::Config;
using namespace Qt::StringLiterals;

// The corpus of real deploy.yml files lives beside the checkout (shared/corpus); CI has it
// at ../shared/corpus too. Override with -DBERTH_CORPUS_DIR=… when it is elsewhere.
#ifndef BERTH_CORPUS_DIR
#define BERTH_CORPUS_DIR BERTH_SOURCE_DIR "/../shared/corpus"
#endif

namespace {

using Pairs = QList<std::pair<QString, QString>>;

struct Setup
{
    QHash<QString, QString> env;
    QString destination;
    QHash<QString, Pairs> dotenvFiles;
    bool withLoader = true;
};

Setup vars(const QHash<QString, QString> &env)
{
    Setup setup;
    setup.env = env;
    return setup;
}

ErbContext makeContext(const Setup &setup)
{
    ErbContext context;
    const QHash<QString, QString> env = setup.env;
    context.variable = [env](const QString &name) -> std::optional<QString> {
        const auto it = env.constFind(name);
        return it == env.cend() ? std::nullopt : std::optional<QString>(*it);
    };
    context.destination = setup.destination;
    if (setup.withLoader) {
        const QHash<QString, Pairs> files = setup.dotenvFiles;
        context.loadDotenv = [files](const QString &path) -> std::optional<Pairs> {
            const auto it = files.constFind(path);
            return it == files.cend() ? std::nullopt : std::optional<Pairs>(*it);
        };
    }
    return context;
}

QHash<QString, QString> envFrom(const QStringList &assignments)
{
    QHash<QString, QString> env;
    for (const QString &assignment : assignments) {
        const qsizetype eq = assignment.indexOf(u'=');
        env.insert(assignment.left(eq), assignment.mid(eq + 1));
    }
    return env;
}

ErbResult render(const QString &text, const Setup &setup = {})
{
    return renderErb(text, u"config/deploy.yml"_s, makeContext(setup));
}

QList<ErbTag::Status> statuses(const ErbResult &result)
{
    QList<ErbTag::Status> list;
    for (const ErbTag &tag : result.tags)
        list.append(tag.status);
    return list;
}

int count(const Diagnostics &diagnostics, const QString &code)
{
    return static_cast<int>(std::count_if(diagnostics.cbegin(), diagnostics.cend(),
                                          [&code](const Diagnostic &d) { return d.code == code; }));
}

// Properties every rendering must have, whatever the input: copied text is really a copy,
// offsets stay in range and round-trip, tags lie where they say.
void checkInvariants(const QString &templateText, const ErbResult &result)
{
    QCOMPARE(result.templateSize, templateText.size());
    qsizetype lastTemplate = -1;
    qsizetype lastRendered = -1;
    for (const ErbResult::Span &span : result.spans) {
        QVERIFY(span.length > 0);
        QVERIFY(span.templateStart > lastTemplate && span.renderedStart > lastRendered);
        QVERIFY(span.templateStart + span.length <= templateText.size());
        QVERIFY(span.renderedStart + span.length <= result.text.size());
        QCOMPARE(QStringView(result.text).mid(span.renderedStart, span.length),
                 QStringView(templateText).mid(span.templateStart, span.length));
        lastTemplate = span.templateStart + span.length - 1;
        lastRendered = span.renderedStart + span.length - 1;
    }
    bool complete = true;
    for (const ErbTag &tag : result.tags) {
        QVERIFY(tag.templateStart >= 0 && tag.templateStart < tag.templateEnd);
        QVERIFY(tag.templateEnd <= templateText.size());
        QVERIFY(QStringView(templateText).mid(tag.templateStart).startsWith(u"<%"));
        QVERIFY(tag.renderedStart <= tag.renderedEnd && tag.renderedEnd <= result.text.size());
        QVERIFY(tag.line >= 1 && tag.column >= 1);
        if (tag.kind == ErbTag::Kind::Output)
            QCOMPARE(QStringView(result.text)
                         .mid(tag.renderedStart, tag.renderedEnd - tag.renderedStart),
                     QStringView(tag.value));
        complete = complete
            && (tag.status == ErbTag::Status::Evaluated || tag.status == ErbTag::Status::Skipped);
    }
    QCOMPARE(result.complete(), complete);
    for (qsizetype r = 0; r <= result.text.size(); ++r) {
        const qsizetype t = result.templateOffset(r);
        QVERIFY(t >= 0 && t <= templateText.size());
        if (const auto exact = result.exactTemplateOffset(r)) {
            QCOMPARE(*exact, t);
            QCOMPARE(result.renderedOffset(*exact), std::optional<qsizetype>(r));
        }
    }
    for (const Diagnostic &d : result.diagnostics) {
        QVERIFY(d.location.line >= 1 && d.location.column >= 1);
        QVERIFY(d.location.offset >= 0 && d.location.offset < templateText.size());
        QVERIFY(!d.message.isEmpty());
    }
}

} // namespace

class TestErb : public QObject
{
    Q_OBJECT

private:
    // The data row renders to exactly `expected`, completely, without any diagnostic.
    void rendersExactly()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, env);
        QFETCH(QString, expected);
        const ErbResult result = render(text, {envFrom(env), {}, {}, true});
        QCOMPARE(result.text, expected);
        QVERIFY(result.complete());
        QVERIFY(result.diagnostics.isEmpty());
        checkInvariants(text, result);
    }

private Q_SLOTS:
    // Each supported form renders exactly what Ruby renders (outputs checked against Ruby 3.1's
    // ERB with trim_mode "-").
    void supportedForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("env");
        QTest::addColumn<QString>("expected");

        const QStringList env = {u"HOST=1.2.3.4"_s, u"EMPTY="_s, u"USER_NAME=deploy"_s,
                                 u"PADDED=\t v1.2 \n"_s, u"MODE=https"_s};
        QTest::newRow("plain text") << u"image: app\n"_s << env << u"image: app\n"_s;
        QTest::newRow("ENV double quotes")
            << uR"(host: <%= ENV["HOST"] %>)"_s << env << u"host: 1.2.3.4"_s;
        QTest::newRow("ENV single quotes")
            << u"host: <%= ENV['HOST'] %>"_s << env << u"host: 1.2.3.4"_s;
        QTest::newRow("ENV unset is nil, rendered empty")
            << uR"(host: <%= ENV["NOPE"] %>)"_s << env << u"host: "_s;
        QTest::newRow("fetch, set") << uR"(<%= ENV.fetch("HOST") %>)"_s << env << u"1.2.3.4"_s;
        QTest::newRow("fetch, string default")
            << uR"(<%= ENV.fetch("KAMAL_REGISTRY_SERVER", "docker.io") %>)"_s << env
            << u"docker.io"_s;
        QTest::newRow("fetch, default unused when set")
            << uR"(<%= ENV.fetch("HOST", "x") %>)"_s << env << u"1.2.3.4"_s;
        QTest::newRow("fetch, integer default")
            << uR"(<%= ENV.fetch("SOLID_QUEUE_SHUTDOWN_TIMEOUT", 86400) %>)"_s << env << u"86400"_s;
        QTest::newRow("fetch, underscored integer")
            << uR"(<%= ENV.fetch("T", 86_400) %>)"_s << env << u"86400"_s;
        QTest::newRow("fetch, block")
            << uR"(<%= ENV.fetch("NOPE") { "literal" } %>)"_s << env << u"literal"_s;
        QTest::newRow("fetch, block supersedes default")
            << uR"(<%= ENV.fetch("NOPE", "d") { 'b' } %>)"_s << env << u"b"_s;
        QTest::newRow("fetch, nil default")
            << uR"([<%= ENV.fetch("NOPE", nil) %>])"_s << env << u"[]"_s;
        QTest::newRow("fetch, empty block")
            << uR"([<%= ENV.fetch("NOPE") { } %>])"_s << env << u"[]"_s;
        QTest::newRow("fetch, single quotes and empty default")
            << u"[<%= ENV.fetch('IMAGE_TAG', '') %>]"_s << env << u"[]"_s;
        QTest::newRow("|| falls back on nil")
            << u"<%= ENV['VPS_IP'] || 'CONFIGURE_VPS_IP' %>"_s << env << u"CONFIGURE_VPS_IP"_s;
        QTest::newRow("|| keeps a set value")
            << u"<%= ENV['HOST'] || 'x' %>"_s << env << u"1.2.3.4"_s;
        QTest::newRow("|| chain") << u"<%= ENV['A'] || ENV['B'] || ENV['MODE'] || 'z' %>"_s << env
                                  << u"https"_s;
        QTest::newRow("empty string is truthy")
            << u"[<%= ENV['EMPTY'] || 'fallback' %>]"_s << env << u"[]"_s;
        QTest::newRow("strip") << uR"([<%= ENV["PADDED"].strip %>])"_s << env << u"[v1.2]"_s;
        QTest::newRow("strip leaves non-ASCII spaces")
            << u"[<%= \"\\u00a0x \".strip %>]"_s << env << u"[\u00a0x]"_s;
        QTest::newRow("to_s of nil") << uR"([<%= ENV["NOPE"].to_s %>])"_s << env << u"[]"_s;
        QTest::newRow("to_s of an integer") << u"<%= 86400.to_s %>"_s << env << u"86400"_s;
        QTest::newRow("safe navigation on nil")
            << uR"([<%= ENV["NOPE"]&.strip %>])"_s << env << u"[]"_s;
        QTest::newRow("== true") << uR"(<%= ENV["MODE"] == "https" %>)"_s << env << u"true"_s;
        QTest::newRow("== false") << uR"(<%= ENV["MODE"] == "http" %>)"_s << env << u"false"_s;
        QTest::newRow("!=") << uR"(<%= ENV["MODE"] != "http" %>)"_s << env << u"true"_s;
        QTest::newRow("== nil") << uR"(<%= ENV["NOPE"] == nil %>)"_s << env << u"true"_s;
        QTest::newRow("string is not integer") << uR"(<%= "1" == 1 %>)"_s << env << u"false"_s;
        QTest::newRow("!") << uR"(<%= !ENV["NOPE"] %>)"_s << env << u"true"_s;
        QTest::newRow("&&") << uR"(<%= ENV["HOST"] && "yes" %>)"_s << env << u"yes"_s;
        QTest::newRow("&& stops at nil") << uR"([<%= ENV["NOPE"] && "yes" %>])"_s << env << u"[]"_s;
        QTest::newRow("&& binds tighter than ||")
            << uR"(<%= ENV["NOPE"] || ENV["HOST"] && "both" %>)"_s << env << u"both"_s;
        QTest::newRow("interpolation") << uR"(<%= "#{ENV['USER_NAME']}@#{ENV.fetch('HOST')}" %>)"_s
                                       << env << u"deploy@1.2.3.4"_s;
        QTest::newRow("interpolation of nil")
            << uR"(<%= "x#{ENV['NOPE']}y" %>)"_s << env << u"xy"_s;
        QTest::newRow("double-quoted escapes")
            << u"<%= \"a\\tb\\u00e9\\x41\\101\\s\\\"\" %>"_s << env << u"a\tb\u00e9AA \""_s;
        QTest::newRow("single-quoted escapes")
            << uR"(<%= 'it\'s \\ \n' %>)"_s << env << uR"(it's \ \n)"_s;
        QTest::newRow("nil literal") << u"[<%= nil %>]"_s << env << u"[]"_s;
        QTest::newRow("empty output tag") << u"[<%= %>]"_s << env << u"[]"_s;
        QTest::newRow("parentheses") << u"<%= (ENV['NOPE'] || 'p') %>"_s << env << u"p"_s;
        QTest::newRow("leading-dot chain on the next line")
            << u"<%= ENV\n  .fetch('HOST') %>"_s << env << u"1.2.3.4"_s;
        QTest::newRow("arguments over several lines")
            << u"<%= ENV.fetch(\n  'NOPE',\n  'm'\n) %>"_s << env << u"m"_s;
        QTest::newRow("tag inside a YAML comment")
            << u"# <%= ENV['USER_NAME'] %>\nkey: 1\n"_s << env << u"# deploy\nkey: 1\n"_s;
        QTest::newRow("code tag has no output") << u"a<% ENV['HOST'] %>b"_s << env << u"ab"_s;
        QTest::newRow("harmless requires")
            << u"<% require 'dotenv'; require \"uri\" %>x"_s << env << u"x"_s;
        QTest::newRow("non-ASCII text around tags")
            << u"é: <%= ENV['USER_NAME'] %> ✓\n"_s << env << u"é: deploy ✓\n"_s;
        QTest::newRow("several tags on a line")
            << u"<%= ENV['USER_NAME'] %>@<%= ENV['HOST'] %>:<%= ENV.fetch('PORT', 22) %>"_s << env
            << u"deploy@1.2.3.4:22"_s;
    }

    void supportedForms() { rendersExactly(); }

    // Ruby's `||`, `&&` and `!` look at nil and false only; the empty string is a value.
    void rubyTruthiness_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nil || string") << u"nil || 'b'"_s << u"b"_s;
        QTest::newRow("'' || string") << u"'' || 'b'"_s << u""_s;
        QTest::newRow("false || nil") << u"false || nil"_s << u""_s;
        QTest::newRow("nil || false") << u"nil || false"_s << u"false"_s;
        QTest::newRow("'' && string") << u"'' && 'b'"_s << u"b"_s;
        QTest::newRow("false && string") << u"false && 'b'"_s << u"false"_s;
        QTest::newRow("!''") << u"!''"_s << u"false"_s;
        QTest::newRow("!!nil") << u"!!nil"_s << u"false"_s;
        QTest::newRow("nil == false") << u"nil == false"_s << u"false"_s;
        QTest::newRow("unset ENV is nil") << u"ENV['NOPE'].to_s == ''"_s << u"true"_s;
        QTest::newRow("empty ENV is a string") << u"ENV['EMPTY'] || 'unset'"_s << u""_s;
        QTest::newRow("fetch default false") << u"ENV.fetch('NOPE', false) || 'f'"_s << u"f"_s;
    }

    void rubyTruthiness()
    {
        QFETCH(QString, expression);
        QFETCH(QString, expected);
        const ErbResult result
            = render(u"<%= "_s + expression + u" %>"_s, vars({{u"EMPTY"_s, QString()}}));
        QCOMPARE(result.text, expected);
        QCOMPARE(statuses(result), QList {ErbTag::Status::Evaluated});
    }

    // trim_mode "-" byte for byte, as Ruby's ERB::Compiler::ExplicitScanner does it.
    void trimMarkers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("-%> swallows LF") << u"a: <%= ENV['A'] -%>\nb: 1\n"_s << u"a: ab: 1\n"_s;
        QTest::newRow("-%> swallows CRLF") << u"<% require 'dotenv' -%>\r\nb\r\n"_s << u"b\r\n"_s;
        QTest::newRow("-%> swallows one newline only") << u"<%# c -%>\n\nb"_s << u"\nb"_s;
        QTest::newRow("-%> keeps a lone CR") << u"<%= ENV['A'] -%>\rb"_s << u"a\rb"_s;
        QTest::newRow("-%> at the end of input") << u"x<%= ENV['A'] -%>"_s << u"xa"_s;
        QTest::newRow("%> keeps the newline") << u"<%= ENV['A'] %>\nb"_s << u"a\nb"_s;
        QTest::newRow("<%- drops indentation")
            << u"a:\n  \t<%- require 'dotenv' -%>\n  b: 1\n"_s << u"a:\n  b: 1\n"_s;
        QTest::newRow("<%- drops indentation at the start")
            << u"  <%- require 'dotenv' %>b"_s << u"b"_s;
        QTest::newRow("<%- after text keeps the text")
            << u"a  <%- require 'dotenv' %>b"_s << u"a  b"_s;
        QTest::newRow("<%- right after a tag drops the blanks between")
            << u"<%= ENV['A'] %> \t<%- require 'dotenv' %>b"_s << u"ab"_s;
        QTest::newRow("<%- with CRLF") << u"x\r\n  <%- require 'dotenv' -%>\r\ny"_s << u"x\r\ny"_s;
        QTest::newRow("<%= keeps indentation") << u"  <%= ENV['A'] %>"_s << u"  a"_s;
        QTest::newRow("-%> outside a tag is text") << u"a -%>\nb"_s << u"a -%>\nb"_s;
        QTest::newRow("%> outside a tag is text") << u"50%> x %%>"_s << u"50%> x %%>"_s;
        QTest::newRow("comment with trim") << u"<%# note -%>\nkey: v\n"_s << u"key: v\n"_s;
        QTest::newRow("<%% then <%- counts as a line start")
            << u"<%% <%- require 'dotenv' %>x"_s << u"<%x"_s;
        QTest::newRow("-%%> inside a tag is - and %>") << u"<%= '-%%>' %>"_s << u"-%>"_s;
    }

    void trimMarkers()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const ErbResult result = render(text, vars({{u"A"_s, u"a"_s}}));
        QCOMPARE(result.text, expected);
        QVERIFY(result.complete());
        checkInvariants(text, result);
    }

    void literalPercent()
    {
        const QString text = u"a: <%%= ENV['A'] %>\nb: <%= '%%>' %>\n"_s;
        const ErbResult result = render(text, vars({{u"A"_s, u"a"_s}}));
        QCOMPARE(result.text, u"a: <%= ENV['A'] %>\nb: %>\n"_s);
        QCOMPARE(result.tags.size(), 1); // `<%%` opens no tag
        QCOMPARE(result.tags.constFirst().code, u"'%>'"_s);
        QVERIFY(result.variables.isEmpty());
        checkInvariants(text, result);
    }

    void comments()
    {
        const QString text = u"a: 1\n<%# ENV['SECRET'] is read by Ruby, not here -%>\nb: 2\n"_s;
        const ErbResult result = render(text);
        QCOMPARE(result.text, u"a: 1\nb: 2\n"_s);
        QCOMPARE(result.tags.size(), 1);
        QCOMPARE(result.tags.constFirst().kind, ErbTag::Kind::Comment);
        QCOMPARE(result.tags.constFirst().status, ErbTag::Status::Evaluated);
        QVERIFY(result.variables.isEmpty());
        QVERIFY(result.complete());

        // `<%-#` is a code tag whose Ruby comment also comments out the generated code after it
        // (Ruby renders "<%-# c %>x" as ""): Berth cannot mirror that and leaves it to Ruby.
        const ErbResult rubyComment = render(u"<%-# c %>x"_s);
        QCOMPARE(rubyComment.tags.constFirst().status, ErbTag::Status::ComputedByRuby);
        QVERIFY(!rubyComment.complete());
    }

    void destination()
    {
        const QString text = uR"(env: <%= ENV["KAMAL_DESTINATION"] %>
<% if ENV["KAMAL_DESTINATION"] == "production" -%>
replicas: 3
<% else -%>
replicas: 1
<% end -%>
)"_s;
        const ErbResult production = render(text, {{}, u"production"_s, {}, true});
        QCOMPARE(production.text, u"env: production\nreplicas: 3\n"_s);
        // Kamal clears KAMAL_DESTINATION without a destination: a variable of that name in the
        // environment is not what the template sees.
        const ErbResult none = render(text, vars({{u"KAMAL_DESTINATION"_s, u"production"_s}}));
        QCOMPARE(none.text, u"env: \nreplicas: 1\n"_s);
        QVERIFY(production.complete() && none.complete());
        QCOMPARE(production.tags.constFirst().variables, QStringList {u"KAMAL_DESTINATION"_s});
        QVERIFY(production.variables.isEmpty()); // the user cannot set it
    }

    void keyError()
    {
        const QString text = u"service: app\r\nimage: <%= ENV.fetch(\"KAMAL_IMAGE\") %>\r\n"_s;
        const ErbResult result = render(text);
        QCOMPARE(result.tags.size(), 1);
        const ErbTag &tag = result.tags.constFirst();
        QCOMPARE(tag.status, ErbTag::Status::Failed);
        QCOMPARE(tag.line, 2);
        QCOMPARE(tag.column, 8);
        QVERIFY(!result.complete());
        QCOMPARE(result.diagnostics.size(), 1);
        const Diagnostic &d = result.diagnostics.constFirst();
        QCOMPARE(d.severity, Severity::Error);
        QCOMPARE(d.code, u"erb.key-error"_s);
        QCOMPARE(d.message, u"key not found: \"KAMAL_IMAGE\""_s);
        QVERIFY(d.hint.contains(u"KAMAL_IMAGE"_s));
        QCOMPARE(d.location.file, u"config/deploy.yml"_s);
        QCOMPARE(d.location.line, 2);
        QCOMPARE(d.location.column, 8);
        QCOMPARE(d.location.offset, 21);
        // The tag stays in the text as written, so the YAML around it still parses.
        QCOMPARE(result.text, text);
        QCOMPARE(result.variables, QStringList {u"KAMAL_IMAGE"_s});

        // Arguments are evaluated before the call: a failing default fails even when the key
        // is set, as in Ruby.
        const ErbResult eager
            = render(u"<%= ENV.fetch('A', ENV.fetch('B')) %>"_s, vars({{u"A"_s, u"a"_s}}));
        QCOMPARE(eager.diagnostics.constFirst().message, u"key not found: \"B\""_s);

        const ErbResult code = render(u"<% ENV.fetch('NEEDED') %>x"_s);
        QCOMPARE(code.tags.constFirst().status, ErbTag::Status::Failed);
        QCOMPARE(count(code.diagnostics, u"erb.key-error"_s), 1);
    }

    void noMethodError()
    {
        const ErbResult result = render(uR"(<%= ENV["RUBY_VERSION_FILE"].strip %>)"_s);
        QCOMPARE(result.tags.constFirst().status, ErbTag::Status::Failed);
        const Diagnostic &d = result.diagnostics.constFirst();
        QCOMPARE(d.severity, Severity::Error);
        QCOMPARE(d.code, u"erb.no-method-error"_s);
        QCOMPARE(d.message, u"undefined method 'strip' for nil"_s);
        QVERIFY(d.hint.contains(u"RUBY_VERSION_FILE"_s));
    }

    void dotenv()
    {
        const QHash<QString, Pairs> files = {
            {u".env"_s, {{u"DB_HOST"_s, u"db.internal"_s}, {u"X"_s, u"1"_s}, {u"X"_s, u"2"_s}}},
            {u".env.local"_s, {{u"X"_s, u"3"_s}, {u"Y"_s, u"4"_s}}},
        };
        // ERB runs before YAML: a tag inside a YAML comment line still loads the file.
        const QString commented = u"# <% Dotenv.load(\".env\") %>\nhost: <%= ENV['DB_HOST'] %>\n"_s;
        const ErbResult loaded = render(commented, {{}, {}, files, true});
        QCOMPARE(loaded.text, u"# \nhost: db.internal\n"_s);
        QVERIFY(loaded.complete());
        QVERIFY(loaded.dotenvVariables.contains({u"DB_HOST"_s, u"db.internal"_s}));

        // Like dotenv, no override of variables that are set.
        const ErbResult kept
            = render(commented, {{{u"DB_HOST"_s, u"from-env"_s}}, {}, files, true});
        QCOMPARE(kept.text, u"# \nhost: from-env\n"_s);
        QVERIFY(kept.dotenvVariables.isEmpty()
                || !kept.dotenvVariables.contains({u"DB_HOST"_s, u"db.internal"_s}));

        // Last assignment within a file, first file across files; missing files are ignored.
        const ErbResult order = render(
            u"<% require \"dotenv\"\n   Dotenv.load(\".env\", \".env.local\", \".env.missing\") %><%= ENV['X'] %>,<%= ENV['Y'] %>"_s,
            {{}, {}, files, true});
        QCOMPARE(order.text, u"2,4"_s);
        QVERIFY(order.complete());

        // A lookup before the load does not see it.
        const ErbResult before
            = render(u"[<%= ENV['Y'] %>]<% Dotenv.load('.env.local') %>[<%= ENV['Y'] %>]"_s,
                     {{}, {}, files, true});
        QCOMPARE(before.text, u"[][4]"_s);

        const ErbResult requireLoad = render(
            u"<% require \"dotenv/load\" %><%= ENV['DB_HOST'] %>"_s, {{}, {}, files, true});
        QCOMPARE(requireLoad.text, u"db.internal"_s);
        QVERIFY(requireLoad.complete());

        // Without a way to read files, Berth cannot know what the file sets.
        const ErbResult noLoader = render(commented, {{}, {}, {}, false});
        QCOMPARE(noLoader.tags.constFirst().status, ErbTag::Status::ComputedByRuby);
        QCOMPARE(count(noLoader.diagnostics, u"erb.unsupported"_s), 1);
        QVERIFY(!noLoader.complete());
    }

    void conditionals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("env");
        QTest::addColumn<QString>("expected");
        const QString ssh = uR"(ssh:
  user: deploy
<% if ENV["KAMAL_SSH_KEY_PATH"] -%>
  keys: [ "<%= ENV["KAMAL_SSH_KEY_PATH"] %>" ]
<% end -%>
builder:
)"_s;
        QTest::newRow("if taken") << ssh << QStringList {u"KAMAL_SSH_KEY_PATH=/k"_s}
                                  << u"ssh:\n  user: deploy\n  keys: [ \"/k\" ]\nbuilder:\n"_s;
        QTest::newRow("if not taken")
            << ssh << QStringList {} << u"ssh:\n  user: deploy\nbuilder:\n"_s;
        const QString chain
            = u"<% if ENV['A'] == '1' %>one<% elsif ENV['A'] == '2' %>two<% else %>many<% end %>"_s;
        QTest::newRow("if branch") << chain << QStringList {u"A=1"_s} << u"one"_s;
        QTest::newRow("elsif branch") << chain << QStringList {u"A=2"_s} << u"two"_s;
        QTest::newRow("else branch") << chain << QStringList {u"A=3"_s} << u"many"_s;
        QTest::newRow("unless") << u"<% unless ENV['A'] then %>no A<% else %>A<% end %>"_s
                                << QStringList {} << u"no A"_s;
        QTest::newRow("nested, outer not taken")
            << u"<% if ENV['A'] %>a<% if ENV['B'] %>b<% end %><% else %>c<% end %>"_s
            << QStringList {u"B=1"_s} << u"c"_s;
        QTest::newRow("nested, both taken")
            << u"<% if ENV['A'] %>a<% if ENV['B'] %>b<% end %><% else %>c<% end %>"_s
            << QStringList {u"A=1"_s, u"B=1"_s} << u"ab"_s;
        QTest::newRow("empty string is true")
            << u"<% if ENV['A'] %>set<% end %>"_s << QStringList {u"A="_s} << u"set"_s;
    }

    void conditionals() { rendersExactly(); }

    // Ruby does not run tags in a branch it skips: a missing variable there is no error.
    void skippedBranchDoesNotFail()
    {
        const QString text = u"<% if ENV['FEATURE'] %><%= ENV.fetch('FEATURE_KEY') %><% end %>x"_s;
        const ErbResult result = render(text);
        QCOMPARE(result.text, u"x"_s);
        QCOMPARE(statuses(result),
                 (QList {ErbTag::Status::Evaluated, ErbTag::Status::Skipped,
                         ErbTag::Status::Evaluated}));
        QVERIFY(result.diagnostics.isEmpty());
        QVERIFY(result.complete());
        QCOMPARE(result.variables, (QStringList {u"FEATURE"_s, u"FEATURE_KEY"_s}));
        QCOMPARE(result.renderedOffset(text.indexOf(u"x"_s)), std::optional<qsizetype>(0));
    }

    // Ruby that Berth does not evaluate, as the corpus writes it: kept verbatim, marked, warned.
    void unsupported_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("backticks")
            << u"sha: <%= `git rev-parse HEAD`.strip %>\n"_s << u"shell command"_s;
        QTest::newRow("%x()") << u"password: <%= %x(aws ecr get-login-password) %>\n"_s
                              << u"shell command"_s;
        QTest::newRow("File.read")
            << u"ruby: <%= File.read('.ruby-version').strip %>\n"_s << u"reads a file"_s;
        QTest::newRow("project_root")
            << u"ruby: <%= project_root.join('.ruby-version').read.strip %>\n"_s
            << u"reads a file"_s;
        QTest::newRow("method call")
            << u"user: <%= user_for 'afs-umts-web4.admin.umass.edu' %>\n"_s << u"“user_for”"_s;
        QTest::newRow("object") << u"host: <%= app_uri.host %>\n"_s << u"“app_uri”"_s;
        QTest::newRow("Ruby constants in an interpolation")
            << uR"(ruby: <%= ENV["RBENV_VERSION"] || ENV["rvm_ruby_string"] || "#{RUBY_ENGINE}-#{RUBY_ENGINE_VERSION}" %>)"_s
            << u"“RUBY_ENGINE”"_s;
        QTest::newRow("modifier if") << u"<%= 'a' if ENV['A'] %>"_s << u"condition"_s;
        QTest::newRow("assignment") << u"<% host = ENV['HOST'] %>"_s << u"variables"_s;
        QTest::newRow("setting ENV") << u"<% ENV['X'] = 'y' %>"_s << u"Ruby"_s;
        QTest::newRow("other library") << u"<% require './config/boot' %>"_s << u"./config/boot"_s;
        QTest::newRow("ENV with a space before [") << u"<%= ENV ['A'] %>"_s << u"Ruby"_s;
        QTest::newRow("adjacent literals") << u"<%= 'a' 'b' %>"_s << u"Ruby"_s;
        QTest::newRow("octal") << u"<%= ENV.fetch('MODE', 0755) %>"_s << u"Ruby"_s;
    }

    void unsupported()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        const ErbResult result = render(text);
        QCOMPARE(result.tags.size(), 1);
        const ErbTag &tag = result.tags.constFirst();
        QCOMPARE(tag.status, ErbTag::Status::ComputedByRuby);
        QVERIFY(!result.complete());
        QCOMPARE(result.diagnostics.size(), 1);
        const Diagnostic &d = result.diagnostics.constFirst();
        QCOMPARE(d.severity, Severity::Warning);
        QCOMPARE(d.code, u"erb.unsupported"_s);
        QVERIFY2(d.message.contains(u"Computed by Ruby"_s) && d.message.contains(u"as written"_s),
                 qPrintable(d.message));
        QVERIFY2(d.message.contains(reason), qPrintable(d.message));
        QCOMPARE(d.location.offset, tag.templateStart);
        if (tag.kind == ErbTag::Kind::Output) {
            // Verbatim: the rendered text is the template.
            QCOMPARE(result.text, text);
            QCOMPARE(tag.value, text.mid(tag.templateStart, tag.templateEnd - tag.templateStart));
        }
        checkInvariants(text, result);
    }

    // An `||` operand only Ruby can compute is never reached when an earlier one is set.
    void rubyOperandAfterASetValue()
    {
        const QString git = u"<%= ENV['GIT_COMMIT'] || `git rev-parse --short HEAD`.strip %>"_s;
        QCOMPARE(render(git, vars({{u"GIT_COMMIT"_s, u"abc123"_s}})).text, u"abc123"_s);
        QCOMPARE(render(git).tags.constFirst().status, ErbTag::Status::ComputedByRuby);

        const QString ruby
            = uR"(<%= ENV["RBENV_VERSION"] || ENV["rvm_ruby_string"] || "#{RUBY_ENGINE}-#{RUBY_ENGINE_VERSION}" %>)"_s;
        const ErbResult rvm = render(ruby, vars({{u"rvm_ruby_string"_s, u"ruby-3.3.0"_s}}));
        QCOMPARE(rvm.text, u"ruby-3.3.0"_s);
        QVERIFY(rvm.complete());
        QCOMPARE(rvm.variables, (QStringList {u"RBENV_VERSION"_s, u"rvm_ruby_string"_s}));

        const QString gh
            = uR"(<%= ENV["GITHUB_USERNAME"] || `gh auth status`.scan(/github.com account ([^\s]+)\s/).flatten.first %>)"_s;
        QCOMPARE(render(gh, vars({{u"GITHUB_USERNAME"_s, u"octo"_s}})).text, u"octo"_s);

        // A ternary after `||` binds looser than it: Berth cannot cut the operand there.
        const ErbResult ternary
            = render(u"<%= ENV['A'] || x ? 'y' : 'z' %>"_s, vars({{u"A"_s, u"a"_s}}));
        QCOMPARE(ternary.tags.constFirst().status, ErbTag::Status::ComputedByRuby);
    }

    // Blocks Berth cannot run (loops, unknown conditions): the text inside is kept as written,
    // the result is incomplete, each tag Berth cannot evaluate has its own diagnostic, and
    // evaluation resumes after the block's `end`.
    void loops()
    {
        const QString text = uR"(servers:
  web:
    hosts:
<% %w[a b].each do |h| -%>
      - <%= h %>.example.com
      - <%= ENV['DOMAIN'] %>
<% end -%>
domain: <%= ENV['DOMAIN'] %>
)"_s;
        const ErbResult result = render(text, vars({{u"DOMAIN"_s, u"example.com"_s}}));
        QCOMPARE(result.text, uR"(servers:
  web:
    hosts:
      - <%= h %>.example.com
      - <%= ENV['DOMAIN'] %>
domain: example.com
)"_s);
        QCOMPARE(statuses(result),
                 (QList {ErbTag::Status::ComputedByRuby, ErbTag::Status::ComputedByRuby,
                         ErbTag::Status::ComputedByRuby, ErbTag::Status::ComputedByRuby,
                         ErbTag::Status::Evaluated}));
        QCOMPARE(count(result.diagnostics, u"erb.unsupported"_s), 2); // the loop and `h`
        QVERIFY(result.diagnostics.constFirst().message.contains(u"loop"_s));
        QVERIFY(!result.complete());
        QCOMPARE(result.variables, QStringList {u"DOMAIN"_s});
        checkInvariants(text, result);

        const ErbResult condition = render(u"<% if File.exist?('x') %>a<% else %>b<% end %>c"_s);
        QCOMPARE(condition.text, u"abc"_s);
        QCOMPARE(count(condition.diagnostics, u"erb.unsupported"_s), 1);

        // A block Berth does not know inside an `if` leaves the whole `if` to Ruby.
        const ErbResult nested
            = render(u"<% if ENV['A'] %><% [1].each do |x| %>x<% end %><% else %>y<% end %>"_s);
        QCOMPARE(nested.text, u"xy"_s);
        QCOMPARE(nested.tags.constFirst().status, ErbTag::Status::ComputedByRuby);
        QCOMPARE(count(nested.diagnostics, u"erb.unsupported"_s), 2);
    }

    void methodDefinition()
    {
        // umts__fleetfocus-api: methods defined in one tag, used by later ones.
        const QString text = uR"(<%
  def project_root
    KAMAL.configured?[:config_file].join('../..')
  end

  def user_for(host)
    Net::SSH::Config.for(host).fetch(:user, ENV.fetch('USER', nil))
  end
%>
service: app
ssh:
  user: <%= user_for 'web4' %>
image: <%= ENV['IMAGE'] %>
)"_s;
        const ErbResult result = render(text, vars({{u"IMAGE"_s, u"app"_s}}));
        QCOMPARE(result.text,
                 u"\nservice: app\nssh:\n  user: <%= user_for 'web4' %>\nimage: app\n"_s);
        QCOMPARE(statuses(result),
                 (QList {ErbTag::Status::ComputedByRuby, ErbTag::Status::ComputedByRuby,
                         ErbTag::Status::Evaluated}));
        QVERIFY(result.diagnostics.constFirst().message.contains(u"method"_s));
        QCOMPARE(result.variables, (QStringList {u"USER"_s, u"IMAGE"_s}));
    }

    void variables()
    {
        const QString text = uR"(a: <%= ENV['A'] %>
b: <%= ENV.fetch("B", "x") %>
c: <%= ENV["A"] || `echo #{ENV['C']}` %>
d: <%= ENV['KAMAL_DESTINATION'] %>
<%# ENV['COMMENTED'] %>
)"_s;
        const ErbResult result = render(text, vars({{u"A"_s, u"a"_s}}));
        QCOMPARE(result.variables, (QStringList {u"A"_s, u"B"_s, u"C"_s}));
        QCOMPARE(result.tags.at(2).variables, (QStringList {u"A"_s, u"C"_s}));
        QCOMPARE(result.tags.at(3).variables, QStringList {u"KAMAL_DESTINATION"_s});
        QVERIFY(result.complete());
    }

    void offsetMapping()
    {
        const QString text = u"a: <%= ENV['A'] %>\r\n<%- require 'dotenv' -%>\r\nb: 1\r\n<%%x"_s;
        const ErbResult result = render(text, vars({{u"A"_s, u"val"_s}}));
        QCOMPARE(result.text, u"a: val\r\nb: 1\r\n<%x"_s);
        checkInvariants(text, result);

        QCOMPARE(result.tags.size(), 2);
        QCOMPARE(result.tags.at(0).templateStart, 3);
        QCOMPARE(result.tags.at(0).templateEnd, 18);
        QCOMPARE(result.tags.at(0).renderedStart, 3);
        QCOMPARE(result.tags.at(0).renderedEnd, 6);
        QCOMPARE(result.tags.at(1).templateStart, 20);
        QCOMPARE(result.tags.at(1).templateEnd, 44);
        QCOMPARE(result.tags.at(1).line, 2);
        QCOMPARE(result.tags.at(1).column, 1);

        const QList<std::pair<qsizetype, qsizetype>> toTemplate
            = {{0, 0},  {2, 2},   {3, 3},   {4, 3},   {5, 3},   {6, 18}, {7, 19},
               {8, 46}, {13, 51}, {14, 52}, {15, 53}, {16, 55}, {17, 56}};
        for (const auto &[rendered, expected] : toTemplate)
            QCOMPARE(result.templateOffset(rendered), expected);
        QCOMPARE(result.exactTemplateOffset(4), std::nullopt);
        QCOMPARE(result.exactTemplateOffset(6), std::optional<qsizetype>(18));

        const QList<std::pair<qsizetype, std::optional<qsizetype>>> toRendered
            = {{0, 0},
               {3, std::nullopt},
               {10, std::nullopt},
               {18, 6},
               {19, 7},
               {20, std::nullopt},
               {43, std::nullopt},
               {44, std::nullopt},
               {45, std::nullopt},
               {46, 8},
               {52, 14},
               {53, 15},
               {54, std::nullopt},
               {55, 16},
               {56, 17}};
        for (const auto &[templ, expected] : toRendered)
            QCOMPARE(result.renderedOffset(templ), expected);

        // Indentation removed by `<%-` maps nowhere.
        const QString indented = u"k:\n  <%- require 'dotenv' %>\nv: 1\n"_s;
        const ErbResult trimmed = render(indented);
        QCOMPARE(trimmed.text, u"k:\n\nv: 1\n"_s);
        QCOMPARE(trimmed.renderedOffset(3), std::nullopt);
        QCOMPARE(trimmed.renderedOffset(4), std::nullopt);
        QCOMPARE(trimmed.renderedOffset(indented.indexOf(u"v: 1"_s)), std::optional<qsizetype>(4));
        QCOMPARE(trimmed.templateOffset(4), indented.indexOf(u"v: 1"_s));
    }

    void unterminatedTag_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("rendered");
        QTest::newRow("output") << u"a: 1\nb: <%= ENV['A']\n"_s << 2 << 4
                                << u"a: 1\nb:  ENV['A']\n"_s;
        QTest::newRow("bare opener") << u"<%"_s << 1 << 1 << QString();
        QTest::newRow("after CRLF, trimmed") << u"x\r\n  <%- foo"_s << 2 << 3 << u"x\r\n foo"_s;
        QTest::newRow("comment") << u"a\n\n<%# never closed"_s << 3 << 1 << u"a\n\n never closed"_s;
        QTest::newRow("%%> does not close") << u"<%= '%%>' "_s << 1 << 1 << u" '%>' "_s;
        QTest::newRow("after a closed tag") << u"<%= 1 %> <%"_s << 1 << 10 << u"1 "_s;
    }

    void unterminatedTag()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, rendered);
        const ErbResult result = render(text);
        const Diagnostic *syntax = nullptr;
        for (const Diagnostic &d : result.diagnostics) {
            if (d.code == u"erb.syntax")
                syntax = &d;
        }
        QVERIFY(syntax);
        QCOMPARE(syntax->severity, Severity::Warning);
        QCOMPARE(syntax->location.line, line);
        QCOMPARE(syntax->location.column, column);
        QCOMPARE(result.tags.constLast().status, ErbTag::Status::Evaluated);
        QVERIFY(result.complete());
        // Ruby's ERB prints an unclosed tag's content as text; so does Berth.
        QCOMPARE(result.text, rendered);
        checkInvariants(text, result);
    }

    void emptyAndNoFinalNewline()
    {
        const ErbResult empty = render(QString());
        QVERIFY(empty.text.isEmpty());
        QVERIFY(empty.tags.isEmpty());
        QVERIFY(empty.complete());
        QCOMPARE(empty.templateOffset(0), 0);
        QCOMPARE(empty.renderedOffset(0), std::optional<qsizetype>(0));

        const QString text = u"a: <%= ENV['A'] %>"_s;
        const ErbResult result = render(text, vars({{u"A"_s, u"b"_s}}));
        QCOMPARE(result.text, u"a: b"_s);
        QCOMPARE(result.templateOffset(result.text.size()), text.size());
        QCOMPARE(result.renderedOffset(text.size()), std::optional<qsizetype>(4));
        checkInvariants(text, result);
    }

    // Linear time and bounded recursion, also on input built to hurt.
    void hugeInputs()
    {
        QString big;
        for (int i = 0; i < 50000; ++i)
            big += u"key%1: <%= ENV['A'] %> <%- if ENV['B'] -%>x<% end %>\n"_s.arg(i);
        QElapsedTimer timer;
        timer.start();
        const ErbResult result = render(big, vars({{u"A"_s, u"a"_s}}));
        QCOMPARE(result.tags.size(), 150000);
        QVERIFY(result.complete());
        QVERIFY(result.text.startsWith(u"key0: a\nkey1: a\n"_s));
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));

        const QList<QString> hostile = {
            u"<%= "_s + QString(100000, u'(') + u" %>"_s,
            u"<%= "_s + QString(100000, u'!') + u"nil %>"_s,
            u"<%= \""_s + u"#{\""_s.repeated(20000) + u" %>"_s,
            u"<%= "_s + u"ENV['A'] || "_s.repeated(20000) + u"'x' %>"_s,
            u"<%= "_s + u"x || "_s.repeated(20000) + u"'x' %>"_s,
            u"<% "_s + QString(100000, u'{') + u" %>"_s + u"<% end %>"_s.repeated(1000),
            u"<% if ENV['A'] %>"_s.repeated(20000) + u"<% [1].each do %>"_s.repeated(20000),
            u"<%"_s.repeated(50000),
            u"<%%>"_s.repeated(50000),
            u"<%= '"_s + u"%%>"_s.repeated(50000),
            QString(100000, u' ') + u"<%- x %>"_s,
        };
        for (const QString &text : hostile) {
            timer.restart();
            const ErbResult r = render(text, vars({{u"A"_s, u"a"_s}}));
            QVERIFY(r.templateSize == text.size());
            QVERIFY2(timer.elapsed() < 20000, qPrintable(text.left(40)));
        }
    }

    // Random input from the characters that matter to ERB and Ruby: no crash, no hang, and the
    // invariants hold. Deterministic, so a failure can be replayed.
    void arbitraryInput()
    {
        const QStringList pieces = {u"<%"_s,
                                    u"%>"_s,
                                    u"<%="_s,
                                    u"<%-"_s,
                                    u"-%>"_s,
                                    u"<%#"_s,
                                    u"<%%"_s,
                                    u"%%>"_s,
                                    u"%"_s,
                                    u"<"_s,
                                    u">"_s,
                                    u"-"_s,
                                    u"="_s,
                                    u"#"_s,
                                    u"{"_s,
                                    u"}"_s,
                                    u"("_s,
                                    u")"_s,
                                    u"["_s,
                                    u"]"_s,
                                    u"'"_s,
                                    u"\""_s,
                                    u"`"_s,
                                    u"\\"_s,
                                    u"|"_s,
                                    u"&"_s,
                                    u"!"_s,
                                    u"."_s,
                                    u","_s,
                                    u"\n"_s,
                                    u"\r\n"_s,
                                    u"\r"_s,
                                    u" "_s,
                                    u"\t"_s,
                                    u"ENV"_s,
                                    u"fetch"_s,
                                    u"if"_s,
                                    u"else"_s,
                                    u"end"_s,
                                    u"do"_s,
                                    u"x"_s,
                                    u"é"_s,
                                    u"?"_s,
                                    u":"_s,
                                    u"/"_s,
                                    u"#{"_s,
                                    u"||"_s,
                                    u"=="_s,
                                    u"nil"_s,
                                    u"Dotenv.load"_s,
                                    u"1"_s,
                                    u"0"_s,
                                    u";"_s,
                                    QString(QChar(0)),
                                    QString(QChar(0xD800)),
                                    u"\u2028"_s};
        QRandomGenerator random(20240611);
        for (int round = 0; round < 3000; ++round) {
            QString text;
            const int length = static_cast<int>(random.bounded(60));
            for (int i = 0; i < length; ++i)
                text += pieces.at(
                    static_cast<qsizetype>(random.bounded(static_cast<quint32>(pieces.size()))));
            const ErbResult result
                = render(text, {{{u"A"_s, u"a"_s}}, u"stg"_s, {}, round % 2 == 0});
            checkInvariants(text, result);
            if (QTest::currentTestFailed()) {
                qWarning() << "input:" << text;
                return;
            }
        }
    }

    // Every file of the real-world corpus renders (empty environment, no .env), and where
    // Kamal 2.12 accepted the configuration, Berth reports no error unless the file needs
    // Ruby; where Kamal failed on ENV.fetch, Berth names the same variable first.
    void corpus()
    {
        const QString root = QStringLiteral(BERTH_CORPUS_DIR);
        if (!QDir(root).exists())
            QSKIP("The corpus (shared/corpus beside the checkout) is not there.");
        const auto read = [](const QString &path) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return QString();
            QStringDecoder decoder(QStringDecoder::Utf8);
            return QString(decoder.decode(file.readAll()));
        };
        const auto renderFile = [&read](const QString &path, const QString &destination) {
            ErbContext context;
            context.variable = [](const QString &) { return std::optional<QString>(); };
            context.loadDotenv = [](const QString &) { return std::optional<Pairs>(); };
            context.destination = destination;
            return renderErb(read(path), path, context);
        };

        int files = 0;
        QStringList incomplete;
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString text = read(path);
            const ErbResult result = renderFile(path, {});
            checkInvariants(text, result);
            if (QTest::currentTestFailed()) {
                qWarning() << "in" << path;
                return;
            }
            if (!result.complete())
                incomplete.append(QDir(root).relativeFilePath(path));
            ++files;
        }
        QVERIFY(files >= 200);
        incomplete.sort();
        qInfo().noquote() << "Corpus files that need Ruby (empty environment):"
                          << incomplete.join(u", ");

        QFile verdicts(root + u"/kamal-verdicts.tsv"_s);
        QVERIFY(verdicts.open(QIODevice::ReadOnly | QIODevice::Text));
        int accepted = 0, keyErrors = 0;
        bool header = true;
        while (!verdicts.atEnd()) {
            const QStringList row = QString::fromUtf8(verdicts.readLine()).chopped(1).split(u'\t');
            if (std::exchange(header, false) || row.size() < 3)
                continue;
            const QString base = root + u'/' + row.at(0);
            const QString destination = row.at(1) == u"-" ? QString() : row.at(1);
            QStringList paths {base};
            if (!destination.isEmpty())
                paths.append(base.chopped(4) + u'.' + destination + u".yml"_s);
            QList<ErbResult> results;
            for (const QString &path : std::as_const(paths)) {
                QVERIFY2(QFile::exists(path), qPrintable(path));
                results.append(renderFile(path, destination));
            }
            if (row.at(2) == u"ok") {
                ++accepted;
                for (qsizetype i = 0; i < results.size(); ++i) {
                    if (!results.at(i).complete())
                        continue; // needs Ruby: Berth does not claim to know
                    for (const Diagnostic &d : results.at(i).diagnostics)
                        QVERIFY2(d.severity != Severity::Error,
                                 qPrintable(paths.at(i) + u": "_s + d.message));
                }
            }
            const QString message = row.value(3);
            if (message.startsWith(u"KeyError: "_s)) {
                ++keyErrors;
                QString first;
                for (const ErbResult &r : std::as_const(results)) {
                    for (const Diagnostic &d : r.diagnostics) {
                        if (first.isEmpty() && d.code == u"erb.key-error")
                            first = d.message;
                    }
                }
                QCOMPARE(first, message.mid(10));
            }
        }
        QVERIFY(accepted >= 50);
        QVERIFY(keyErrors >= 5);
    }
};

QTEST_GUILESS_MAIN(TestErb)
#include "tst_erb.moc"
