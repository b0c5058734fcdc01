#include "core/secrets/SecretsFile.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Berth::Secrets;
using namespace Qt::StringLiterals;

#ifndef BERTH_CORPUS_DIR
#define BERTH_CORPUS_DIR BERTH_SOURCE_DIR "/../shared/corpus"
#endif

namespace {

// Environment and approved commands for one case; every command asked for is recorded.
struct Fixture
{
    QHash<QString, QString> env;
    QHash<QString, QString> approved; // command text -> chomped stdout
    QStringList asked;

    SecretsContext context()
    {
        SecretsContext c;
        c.variable = [this](const QString &name) -> std::optional<QString> {
            const auto it = env.constFind(name);
            if (it == env.constEnd())
                return std::nullopt;
            return *it;
        };
        c.runCommand = [this](const QString &command) -> std::optional<QString> {
            asked.append(command);
            const auto it = approved.constFind(command);
            if (it == approved.constEnd())
                return std::nullopt;
            return *it;
        };
        return c;
    }
};

QHash<QString, QString> pairs(const QStringList &list, const QString &separator)
{
    QHash<QString, QString> hash;
    for (const QString &item : list) {
        const qsizetype at = item.indexOf(separator);
        hash.insert(item.left(at), item.mid(at + separator.size()));
    }
    return hash;
}

QChar kindLetter(SecretEntry::Kind kind)
{
    switch (kind) {
    case SecretEntry::Kind::Literal: return u'L';
    case SecretEntry::Kind::Substituted: return u'S';
    case SecretEntry::Kind::Command: return u'C';
    case SecretEntry::Kind::PendingCommand: return u'P';
    }
    return u'?';
}

// "NAME=value [K]" per entry, in order.
QStringList describe(const SecretsFileResult &result)
{
    QStringList out;
    for (const SecretEntry &e : result.entries)
        out.append(e.name + u'=' + e.value + u" ["_s + kindLetter(e.kind) + u']');
    return out;
}

// A deliberately simple reading of a secrets file: a line that starts (after blanks and an
// optional `export `) with a key followed by `=` or `: ` defines that key; so does a bare key
// alone on its line (dotenv gives it an empty value: shell `fi` and `else` lines do this).
QSet<QString> referenceNames(const QString &text)
{
    static const QRegularExpression line(
        u"^\\s*(?:(?:export\\s+)?([A-Za-z0-9_.]+)\\s*(?:=|:\\s)|([A-Za-z0-9_.]+)\\s*(?:#.*)?$)"_s);
    QSet<QString> names;
    const QStringList lines = QString(text).replace(u"\r\n"_s, u"\n"_s).split(u'\n');
    for (const QString &l : lines) {
        const QRegularExpressionMatch m = line.match(l);
        if (m.hasMatch())
            names.insert(m.captured(1).isEmpty() ? m.captured(2) : m.captured(1));
    }
    return names;
}

} // namespace

class tst_SecretsFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void commands_data();
    void commands();
    void diagnostics();
    void duplicateKeepsFirstPositionAndLastLine();
    void filesForDestination();
    void hugeInputIsLinear();
    void randomBytesDoNotCrash();
    void corpus();
};

void tst_SecretsFile::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QStringList>("expected");

    const QStringList none;
    QTest::newRow("plain") << u"KEY=value\n"_s << none << QStringList {u"KEY=value [L]"_s};
    QTest::newRow("export") << u"export KEY=value"_s << none << QStringList {u"KEY=value [L]"_s};
    QTest::newRow("yaml style") << u"KEY: value\n"_s << none << QStringList {u"KEY=value [L]"_s};
    QTest::newRow("yaml needs space")
        << u"KEY:value\nB=1\n"_s << none << QStringList {u"B=1 [L]"_s};
    QTest::newRow("spaces around =")
        << u"  KEY =  value  \n"_s << none << QStringList {u"KEY=value [L]"_s};
    QTest::newRow("comments") << u"# c\nA=1 # trailing\n  # indented\nB=2#tight\n"_s << none
                              << QStringList {u"A=1 [L]"_s, u"B=2 [L]"_s};
    QTest::newRow("hash in quotes")
        << u"A=\"x # y\"\nB='p#q'\n"_s << none << QStringList {u"A=x # y [L]"_s, u"B=p#q [L]"_s};
    QTest::newRow("empty values") << u"A=\nB=''\nC=\"\"\nD\n"_s << none
                                  << QStringList {u"A= [L]"_s, u"B= [L]"_s, u"C= [L]"_s,
                                                  u"D= [L]"_s};
    QTest::newRow("single quotes literal")
        << u"A='$HOME \\n $(echo hi) \\x'\n"_s << QStringList {u"HOME=/h"_s}
        << QStringList {u"A=$HOME \\n $(echo hi) \\x [L]"_s};
    QTest::newRow("double quote escapes")
        << u"A=\"say \\\"hi\\\" \\t\"\n"_s << none << QStringList {u"A=say \"hi\" t [L]"_s};
    QTest::newRow("double quote \\n stays")
        << u"A=\"one\\ntwo\"\n"_s << none << QStringList {u"A=one\\ntwo [L]"_s};
    QTest::newRow("unquoted \\n unescaped")
        << u"A=one\\ntwo\n"_s << none << QStringList {u"A=onentwo [L]"_s};
    QTest::newRow("legacy linebreaks from file")
        << u"DOTENV_LINEBREAK_MODE=legacy\nA=\"one\\ntwo\"\n"_s << none
        << QStringList {u"DOTENV_LINEBREAK_MODE=legacy [L]"_s, u"A=one\ntwo [L]"_s};
    QTest::newRow("legacy linebreaks from env")
        << u"A=\"one\\ntwo\"\n"_s << QStringList {u"DOTENV_LINEBREAK_MODE=legacy"_s}
        << QStringList {u"A=one\ntwo [L]"_s};
    QTest::newRow("multi-line double quotes")
        << u"A=\"line1\nline2\"\nB=3\n"_s << none
        << QStringList {u"A=line1\nline2 [L]"_s, u"B=3 [L]"_s};
    QTest::newRow("multi-line single quotes")
        << u"KEY='-----BEGIN\nabc\n-----END'\n"_s << none
        << QStringList {u"KEY=-----BEGIN\nabc\n-----END [L]"_s};
    QTest::newRow("variables from file")
        << u"A=x\nB=$A-${A}\nC=\"$A\"\n"_s << none
        << QStringList {u"A=x [L]"_s, u"B=x-x [S]"_s, u"C=x [S]"_s};
    QTest::newRow("variables file before env")
        << u"HOME=mine\nB=$HOME\nC=$USER\nD=$NOPE.\n"_s << QStringList {u"HOME=/h"_s, u"USER=me"_s}
        << QStringList {u"HOME=mine [L]"_s, u"B=mine [S]"_s, u"C=me [S]"_s, u"D=. [S]"_s};
    QTest::newRow("variable later key not visible")
        << u"B=$A\nA=1\n"_s << none << QStringList {u"B= [S]"_s, u"A=1 [L]"_s};
    QTest::newRow("lowercase names")
        << u"a=1\nB=$a\n"_s << none << QStringList {u"a=1 [L]"_s, u"B=1 [S]"_s};
    QTest::newRow("escaped dollar") << u"A=x\nB=\\$A\nC=\"\\${A}\"\n"_s << none
                                    << QStringList {u"A=x [L]"_s, u"B=$A [L]"_s, u"C=${A} [L]"_s};
    QTest::newRow("lone dollar") << u"A=cost$\nB=${}\n"_s << none
                                 << QStringList {u"A=cost$ [L]"_s, u"B=${} [L]"_s};
    QTest::newRow("escaped command literal")
        << u"A=\\$(echo hi)\n"_s << none << QStringList {u"A=$(echo hi) [L]"_s};
    QTest::newRow("keys with dots")
        << u"app.key=1\nB=${app}\n"_s << none << QStringList {u"app.key=1 [L]"_s, u"B= [S]"_s};
    QTest::newRow("crlf") << u"A=1\r\nB=\"x\r\ny\"\r\n"_s << none
                          << QStringList {u"A=1 [L]"_s, u"B=x\ny [L]"_s};
    QTest::newRow("lone cr") << u"A=1\rB=2"_s << none << QStringList {u"A=1 [L]"_s, u"B=2 [L]"_s};
    QTest::newRow("no final newline")
        << u"A=1\nB=two"_s << none << QStringList {u"A=1 [L]"_s, u"B=two [L]"_s};
    QTest::newRow("garbage ignored") << u"hello world\nA=1\n!!!\n= x\nB=2\n"_s << none
                                     << QStringList {u"A=1 [L]"_s, u"B=2 [L]"_s};
    QTest::newRow("duplicates overwrite")
        << u"A=1\nB=2\nA=3\n"_s << none << QStringList {u"A=3 [L]"_s, u"B=2 [L]"_s};
    QTest::newRow("unclosed quote is unquoted")
        << u"A=\"abc\nB=1\n"_s << none << QStringList {u"A=\"abc [L]"_s, u"B=1 [L]"_s};
    QTest::newRow("text after closing quote")
        << u"A=\"abc\" x\n"_s << none << QStringList {u"A=\"abc\" x [L]"_s};
    QTest::newRow("yaml colon takes next line")
        << u"A:\nB=1\n"_s << none << QStringList {u"A=B=1 [L]"_s};
    QTest::newRow("export as key") << u"export=1\n"_s << none << QStringList {u"export=1 [L]"_s};
    QTest::newRow("export of earlier key")
        << u"A=1\nexport A\n"_s << none << QStringList {u"A=1 [L]"_s};
    QTest::newRow("non-ascii value")
        << u"A=héllo ✓\n"_s << none << QStringList {u"A=héllo ✓ [L]"_s};
}

void tst_SecretsFile::parse()
{
    QFETCH(QString, text);
    QFETCH(QStringList, env);
    QFETCH(QStringList, expected);
    Fixture fixture;
    fixture.env = pairs(env, u"="_s);
    const SecretsFileResult result = parseSecretsFile(text, u".kamal/secrets"_s, fixture.context());
    QCOMPARE(describe(result), expected);
    QVERIFY(fixture.asked.isEmpty());
}

void tst_SecretsFile::commands_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("approved");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("asked");

    QTest::newRow("approved") << u"SHA=$(git rev-parse HEAD)\n"_s
                              << QStringList {u"git rev-parse HEAD=>abc"_s}
                              << QStringList {u"SHA=abc [C]"_s}
                              << QStringList {u"git rev-parse HEAD"_s};
    QTest::newRow("pending") << u"SHA=$(git rev-parse HEAD)\n"_s << QStringList {}
                             << QStringList {u"SHA= [P]"_s}
                             << QStringList {u"git rev-parse HEAD"_s};
    QTest::newRow("variables inside first")
        << u"USER=bob\nA=$(echo $USER ${USER})\n"_s << QStringList {u"echo bob bob=>ok"_s}
        << QStringList {u"USER=bob [L]"_s, u"A=ok [C]"_s} << QStringList {u"echo bob bob"_s};
    QTest::newRow("nested parens")
        << u"A=\"pre-$(echo $(date) (x))-post\"\n"_s << QStringList {u"echo $(date) (x)=>d"_s}
        << QStringList {u"A=pre-d-post [C]"_s} << QStringList {u"echo $(date) (x)"_s};
    QTest::newRow("escaped stays literal") << u"A=\"\\$(echo hi)\"\n"_s << QStringList {}
                                           << QStringList {u"A=$(echo hi) [L]"_s} << QStringList {};
    QTest::newRow("empty parens not a command")
        << u"A=$()\n"_s << QStringList {} << QStringList {u"A=$() [L]"_s} << QStringList {};
    QTest::newRow("unbalanced not a command")
        << u"A=$(echo\n"_s << QStringList {} << QStringList {u"A=$(echo [L]"_s} << QStringList {};
    QTest::newRow("output is variable-substituted")
        << u"A=1\nB=$(cat f)\n"_s << QStringList {u"cat f=>x$A"_s}
        << QStringList {u"A=1 [L]"_s, u"B=x1 [C]"_s} << QStringList {u"cat f"_s};
    QTest::newRow("kamal fetch and extract")
        << u"SECRETS=$(kamal secrets fetch --adapter 1password --account acc --from V/I "
           "KAMAL_REGISTRY_PASSWORD)\n"
           "KAMAL_REGISTRY_PASSWORD=$(kamal secrets extract KAMAL_REGISTRY_PASSWORD $SECRETS)\n"_s
        << QStringList {u"kamal secrets fetch --adapter 1password --account acc --from V/I "
                        "KAMAL_REGISTRY_PASSWORD=>{json}"_s,
                        u"kamal secrets extract KAMAL_REGISTRY_PASSWORD {json}=>pw"_s}
        << QStringList {u"SECRETS={json} [C]"_s, u"KAMAL_REGISTRY_PASSWORD=pw [C]"_s}
        << QStringList {u"kamal secrets fetch --adapter 1password --account acc --from V/I "
                        "KAMAL_REGISTRY_PASSWORD"_s,
                        u"kamal secrets extract KAMAL_REGISTRY_PASSWORD {json}"_s};
    QTest::newRow("depends on pending key")
        << u"SECRETS=$(kamal secrets fetch --adapter test --account a X)\n"
           "X=$(kamal secrets extract X $SECRETS)\nY=$SECRETS\n"_s
        << QStringList {} << QStringList {u"SECRETS= [P]"_s, u"X= [P]"_s, u"Y= [P]"_s}
        << QStringList {u"kamal secrets fetch --adapter test --account a X"_s};
}

void tst_SecretsFile::commands()
{
    QFETCH(QString, text);
    QFETCH(QStringList, approved);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, asked);
    Fixture fixture;
    fixture.approved = pairs(approved, u"=>"_s);
    const SecretsFileResult result = parseSecretsFile(text, u"s"_s, fixture.context());
    QCOMPARE(describe(result), expected);
    QCOMPARE(fixture.asked, asked);
    for (const SecretEntry &e : result.entries) {
        const bool kamalCli
            = std::any_of(e.commands.cbegin(), e.commands.cend(),
                          [](const QString &c) { return c.startsWith(u"kamal secrets "_s); });
        QCOMPARE(e.usesKamalSecretsCli, kamalCli);
    }
}

void tst_SecretsFile::diagnostics()
{
    Fixture fixture;
    const QString secret = u"hunter2-very-secret"_s;
    const QString text
        = u"A=1\n" + secret + u" junk\n# comment\n\nexport NOPE\nB=" + secret + u"\n"_s;
    const SecretsFileResult result = parseSecretsFile(text, u".kamal/secrets"_s, fixture.context());
    // Errors found while scanning come first, then the ignored lines.
    QCOMPARE(result.diagnostics.size(), 2);
    QCOMPARE(result.diagnostics.at(0).severity, Berth::Config::Severity::Error);
    QCOMPARE(result.diagnostics.at(0).code, u"secrets.unset-variable"_s);
    QCOMPARE(result.diagnostics.at(0).location.line, 5);
    QCOMPARE(result.diagnostics.at(1).severity, Berth::Config::Severity::Info);
    QCOMPARE(result.diagnostics.at(1).code, u"secrets.ignored-line"_s);
    QCOMPARE(result.diagnostics.at(1).location.line, 2);
    QCOMPARE(result.diagnostics.at(1).location.file, u".kamal/secrets"_s);
    for (const auto &d : result.diagnostics) {
        QVERIFY(!d.message.contains(secret));
        QVERIFY(!d.hint.contains(secret));
    }
    QCOMPARE(result.entries.size(), 2);
    QCOMPARE(result.entries.at(1).line, 6);
}

void tst_SecretsFile::duplicateKeepsFirstPositionAndLastLine()
{
    Fixture fixture;
    const SecretsFileResult result
        = parseSecretsFile(u"A=1\nB=2\n\nA=3\n"_s, u"s"_s, fixture.context());
    QCOMPARE(result.entries.size(), 2);
    QCOMPARE(result.entries.at(0).name, u"A"_s);
    QCOMPARE(result.entries.at(0).line, 4);
}

void tst_SecretsFile::filesForDestination()
{
    QCOMPARE(secretsFilesFor(u".kamal/secrets"_s, QString()),
             (QStringList {u".kamal/secrets-common"_s, u".kamal/secrets"_s}));
    QCOMPARE(secretsFilesFor(u".kamal/secrets"_s, u"staging"_s),
             (QStringList {u".kamal/secrets-common"_s, u".kamal/secrets.staging"_s}));
    QCOMPARE(secretsFilesFor(u".kamal/secrets"_s, u"common"_s),
             (QStringList {u".kamal/secrets-common"_s, u".kamal/secrets.common"_s}));
}

void tst_SecretsFile::hugeInputIsLinear()
{
    // Shapes that make a backtracking regex engine quadratic or exponential.
    const QStringList inputs {
        QString(200000, u'\n') + u"!!!"_s,     u"A=\""_s + u"\\\""_s.repeated(100000) + u" x"_s,
        u"A=\"$("_s.repeated(50000),           u"A="_s + u"$("_s.repeated(100000),
        u"K_"_s.repeated(100000) + u" junk"_s, u"A=1\n"_s.repeated(50000),
    };
    Fixture fixture;
    for (const QString &input : inputs) {
        QElapsedTimer timer;
        timer.start();
        const SecretsFileResult result = parseSecretsFile(input, u"s"_s, fixture.context());
        Q_UNUSED(result);
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }
}

void tst_SecretsFile::randomBytesDoNotCrash()
{
    QRandomGenerator random(1234);
    const QString alphabet = u"AB_.=:'\"\\$(){}# \t\r\nexport\x01\u00e9"_s;
    Fixture fixture;
    fixture.approved.insert(u"x"_s, u"$A"_s);
    for (int round = 0; round < 3000; ++round) {
        QString text;
        const int length = random.bounded(80);
        for (int i = 0; i < length; ++i)
            text.append(alphabet.at(random.bounded(static_cast<int>(alphabet.size()))));
        const SecretsFileResult result = parseSecretsFile(text, u"s"_s, fixture.context());
        for (const SecretEntry &e : result.entries)
            QVERIFY(!e.name.isEmpty());
    }
}

void tst_SecretsFile::corpus()
{
    QDir corpus(QStringLiteral(BERTH_CORPUS_DIR));
    if (!corpus.exists())
        QSKIP("shared corpus not present");
    QStringList files;
    QDirIterator it(corpus.path(), {u".kamal__secrets*"_s, u"*.secrets"_s},
                    QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    if (files.isEmpty())
        QSKIP("no secrets files in the corpus");
    int entries = 0;
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        Fixture fixture;
        const SecretsFileResult result = parseSecretsFile(text, path, fixture.context());
        QSet<QString> names;
        for (const SecretEntry &e : result.entries) {
            names.insert(e.name);
            QVERIFY(e.line > 0);
            if (!e.commands.isEmpty() || e.kind == SecretEntry::Kind::PendingCommand)
                QCOMPARE(e.kind, SecretEntry::Kind::PendingCommand);
        }
        const QSet<QString> reference = referenceNames(text);
        QStringList differ = QSet<QString>(names).subtract(reference).values();
        differ += QSet<QString>(reference).subtract(names).values();
        differ.sort();
        QVERIFY2(names == reference, qPrintable(path + u": "_s + differ.join(u", "_s)));
        entries += static_cast<int>(result.entries.size());
    }
    qInfo("%lld secrets files, %d entries", static_cast<long long>(files.size()), entries);
}

QTEST_GUILESS_MAIN(tst_SecretsFile)
#include "tst_secretsfile.moc"
