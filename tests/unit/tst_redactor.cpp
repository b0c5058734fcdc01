#include "core/secrets/Redactor.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

using namespace Berth::Secrets;

namespace {

QHash<QString, QString> secrets(std::initializer_list<std::pair<QString, QString>> list)
{
    QHash<QString, QString> hash;
    for (const auto &[name, value] : list)
        hash.insert(name, value);
    return hash;
}

QString streamed(const Redactor &redactor, const QStringList &chunks, qsizetype *maxHeld = nullptr)
{
    StreamRedactor stream(redactor);
    QString out;
    for (const QString &chunk : chunks) {
        out += stream.feed(chunk);
        if (maxHeld)
            *maxHeld = std::max(*maxHeld, stream.pending());
    }
    out += stream.flush();
    return out;
}

} // namespace

class TestRedactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replacesValuesWithTheirName()
    {
        const Redactor r(secrets({{QStringLiteral("DB_PASSWORD"), QStringLiteral("hunter2!")}}));
        QCOMPARE(r.redact(QStringLiteral("login with hunter2! failed; hunter2! again")),
                 QStringLiteral("login with [secret DB_PASSWORD] failed; [secret DB_PASSWORD] "
                                "again"));
        QCOMPARE(r.redact(QStringLiteral("nothing here")), QStringLiteral("nothing here"));
    }

    void ignoresEmptyValuesAndEmptyRedactors()
    {
        const Redactor none;
        QVERIFY(none.isEmpty());
        QCOMPARE(none.redact(QStringLiteral("abc")), QStringLiteral("abc"));
        const Redactor empty(secrets({{QStringLiteral("EMPTY"), QString()}}));
        QVERIFY(empty.isEmpty());
        QCOMPARE(empty.maxMatchLength(), 0);
        QCOMPARE(empty.redact(QStringLiteral("a[]b")), QStringLiteral("a[]b"));
    }

    void redactsBase64Forms_data()
    {
        QTest::addColumn<QString>("encoded");
        const QByteArray value = QByteArrayLiteral("s3cr3t?>value~");
        QTest::newRow("standard") << QString::fromLatin1(value.toBase64());
        QTest::newRow("standard unpadded")
            << QString::fromLatin1(value.toBase64(QByteArray::OmitTrailingEquals));
        QTest::newRow("url-safe") << QString::fromLatin1(
            value.toBase64(QByteArray::Base64UrlEncoding));
        QTest::newRow("url-safe unpadded") << QString::fromLatin1(
            value.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }

    void redactsBase64Forms()
    {
        QFETCH(QString, encoded);
        const QString value = QStringLiteral("s3cr3t?>value~");
        const Redactor r(secrets({{QStringLiteral("TOKEN"), value}}));
        // Standard and URL-safe forms differ for this value (it has '+'/'/' bits).
        QCOMPARE(r.redact(QStringLiteral("auth=") + encoded + QStringLiteral(";")),
                 QStringLiteral("auth=[secret TOKEN];"));
    }

    void redactsAValueBase64EncodedInsideALongerText_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::newRow("aligned") << QStringLiteral("abc:");
        QTest::newRow("shift 1") << QStringLiteral("ab:");
        QTest::newRow("shift 2") << QStringLiteral("a:");
    }

    void redactsAValueBase64EncodedInsideALongerText()
    {
        QFETCH(QString, prefix);
        const QString password = QStringLiteral("correct horse battery staple");
        const Redactor r(secrets({{QStringLiteral("REGISTRY_PASSWORD"), password}}));
        // As in an HTTP Basic header or ~/.docker/config.json: base64("user:password").
        const QString header = QStringLiteral("Authorization: Basic ")
            + QString::fromLatin1((prefix + password + QStringLiteral("@x")).toUtf8().toBase64());
        const QString out = r.redact(header);
        QVERIFY2(out.contains(QLatin1String("[secret REGISTRY_PASSWORD]")), qPrintable(out));
        // What is left of the blob is at most the characters mixing in the prefix and suffix.
        const QString rest = out.mid(QStringLiteral("Authorization: Basic ").size())
                                 .remove(QStringLiteral("[secret REGISTRY_PASSWORD]"));
        QVERIFY2(rest.size() <= 12, qPrintable(out));
    }

    void redactsPercentEncodedForms()
    {
        const QString value = QStringLiteral("p@ss wörd/+x");
        const Redactor r(secrets({{QStringLiteral("PW"), value}}));
        const QString upper = QString::fromLatin1(QUrl::toPercentEncoding(value));
        QVERIFY(upper != value);
        QCOMPARE(r.redact(QStringLiteral("postgres://u:") + upper + QStringLiteral("@db/x")),
                 QStringLiteral("postgres://u:[secret PW]@db/x"));
        // Only the hex digits are lower-cased by encoders, not the rest of the text.
        QString lowerHex = upper;
        for (qsizetype i = 0; i + 2 < lowerHex.size(); ++i) {
            if (lowerHex.at(i) == u'%') {
                lowerHex[i + 1] = lowerHex.at(i + 1).toLower();
                lowerHex[i + 2] = lowerHex.at(i + 2).toLower();
            }
        }
        QCOMPARE(r.redact(lowerHex), QStringLiteral("[secret PW]"));
        QCOMPARE(r.redact(QString(upper).replace(QLatin1String("%20"), QLatin1String("+"))),
                 QStringLiteral("[secret PW]"));
    }

    void longestMatchWins()
    {
        const Redactor r(secrets({{QStringLiteral("SHORT"), QStringLiteral("abcd")},
                                  {QStringLiteral("LONG"), QStringLiteral("abcdefgh")}}));
        QCOMPARE(r.redact(QStringLiteral("x abcdefgh y abcd z")),
                 QStringLiteral("x [secret LONG] y [secret SHORT] z"));
    }

    void overlappingValuesLeaveNoFragment()
    {
        const Redactor r(secrets({{QStringLiteral("A"), QStringLiteral("1234wxyz")},
                                  {QStringLiteral("B"), QStringLiteral("wxyz5678abcd")}}));
        // "1234wxyz" matches first, but "wxyz5678abcd" starts inside it: one span for both.
        QCOMPARE(r.redact(QStringLiteral("<1234wxyz5678abcd>")), QStringLiteral("<[secret B]>"));
    }

    void shortValuesAreStillRedactedAndReported()
    {
        const Redactor r(secrets({{QStringLiteral("PIN"), QStringLiteral("42")},
                                  {QStringLiteral("LONG_ENOUGH"), QStringLiteral("abcdef")}}));
        QCOMPARE(r.shortValueNames(), QStringList {QStringLiteral("PIN")});
        QCOMPARE(r.redact(QStringLiteral("port 8042")), QStringLiteral("port 80[secret PIN]"));
    }

    void streamRedactsAValueSplitAcrossChunks()
    {
        const Redactor r(secrets({{QStringLiteral("TOKEN"), QStringLiteral("tok-123456")}}));
        qsizetype held = 0;
        const QString out = streamed(
            r, {QStringLiteral("line 1 tok-12"), QStringLiteral("34"), QStringLiteral("56 done\n")},
            &held);
        QCOMPARE(out, QStringLiteral("line 1 [secret TOKEN] done\n"));
        // The value's own text never sat in an emitted piece: check piece by piece.
        StreamRedactor stream(r);
        for (const QString &piece :
             {QStringLiteral("tok-"), QStringLiteral("1234"), QStringLiteral("56")})
            QVERIFY(!stream.feed(piece).contains(QLatin1String("tok")));
        QCOMPARE(stream.flush(), QStringLiteral("[secret TOKEN]"));
        QVERIFY(held <= r.maxMatchLength() - 1);
    }

    void streamEmitsPlainTextWithoutWaitingForTheEnd()
    {
        const Redactor r(secrets({{QStringLiteral("TOKEN"), QStringLiteral("tok-123456")}}));
        StreamRedactor stream(r);
        const QString line
            = QStringLiteral("a long line of ordinary output that holds no secret\n");
        const QString out = stream.feed(line);
        QCOMPARE(out.size() + stream.pending(), line.size());
        QCOMPARE(stream.pending(), r.maxMatchLength() - 1);
        QCOMPARE(out + stream.flush(), line);
        QCOMPARE(stream.pending(), 0);
    }

    void streamWithoutSecretsPassesThrough()
    {
        StreamRedactor stream {Redactor()};
        QCOMPARE(stream.feed(QStringLiteral("abc")), QStringLiteral("abc"));
        QCOMPARE(stream.flush(), QString());
    }

    void streamBoundsARunOfOverlappingSecrets()
    {
        // "aa" overlaps itself: a long run of 'a' is one growing span. The stream must not hold
        // it all, and must not let any 'a' through.
        const Redactor r(secrets({{QStringLiteral("A"), QStringLiteral("aa")}}));
        StreamRedactor stream(r);
        QString out;
        for (int i = 0; i < 200; ++i) {
            out += stream.feed(QString(1000, u'a'));
            QVERIFY(stream.pending() <= r.maxMatchLength() - 1);
        }
        out += stream.feed(QStringLiteral("b"));
        out += stream.flush();
        QCOMPARE(QString(out).remove(QStringLiteral("[secret A]")).count(u'a'), 0);
        QVERIFY(out.endsWith(QLatin1String("[secret A]b")));
    }

    // Property: random text with secrets (and their encodings) inserted at random places, fed
    // in random chunks, never shows a value, and streaming equals redacting the whole text.
    void neverLeaksInRandomChunkedText()
    {
        QRandomGenerator random(20261126);
        const QString alphabet = QStringLiteral("abcdefghij0123456789-_ =:/+%äö\n");
        auto randomText = [&](int length) {
            QString s;
            for (int i = 0; i < length; ++i)
                s.append(alphabet.at(random.bounded(int(alphabet.size()))));
            return s;
        };
        for (int round = 0; round < 400; ++round) {
            QHash<QString, QString> values;
            const int count = 1 + random.bounded(4);
            for (int i = 0; i < count; ++i)
                values.insert(QStringLiteral("S%1").arg(i), randomText(4 + random.bounded(20)));
            const Redactor r(values);

            QString text;
            const int pieces = 1 + random.bounded(8);
            for (int i = 0; i < pieces; ++i) {
                text += randomText(random.bounded(30));
                const QString value
                    = values.value(QStringLiteral("S%1").arg(random.bounded(count)));
                switch (random.bounded(3)) {
                case 0: text += value; break;
                case 1: text += QString::fromLatin1(value.toUtf8().toBase64()); break;
                default: text += QString::fromLatin1(QUrl::toPercentEncoding(value)); break;
                }
            }
            text += randomText(random.bounded(30));

            QStringList chunks;
            for (qsizetype pos = 0; pos < text.size();) {
                const qsizetype length = 1 + random.bounded(int(r.maxMatchLength()) + 3);
                chunks.append(text.mid(pos, length));
                pos += length;
            }
            qsizetype held = 0;
            const QString stream = streamed(r, chunks, &held);
            QVERIFY(held <= r.maxMatchLength() - 1);

            // Markers become a character outside the alphabet so no value can be pieced
            // together across one; runs of them are one redacted place.
            auto visibleText = [&values](QString s) {
                for (auto it = values.cbegin(); it != values.cend(); ++it)
                    s.replace(Redactor::marker(it.key()), QStringLiteral("\x01"));
                static const QRegularExpression run(QStringLiteral("\x01+"));
                return s.replace(run, QStringLiteral("\x01"));
            };
            const QString visible = visibleText(stream);
            // Streaming shows exactly what redacting the whole text shows.
            QCOMPARE(visible, visibleText(r.redact(text)));
            for (auto it = values.cbegin(); it != values.cend(); ++it) {
                QVERIFY2(!visible.contains(it.value()),
                         qPrintable(QStringLiteral("round %1 leaked %2").arg(round).arg(it.key())));
                const QString b64 = QString::fromLatin1(it.value().toUtf8().toBase64());
                QVERIFY2(!visible.contains(b64), qPrintable(QString::number(round)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
