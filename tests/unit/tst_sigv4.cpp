// The SigV4 signer against the examples AWS publishes: the generic "get-vanilla" test-suite
// requests (AKIDEXAMPLE, 2015-08-30) and the Amazon S3 header-signing examples (examplebucket,
// 2013-05-24). Canonical requests, strings to sign and signatures are compared as exact strings.
#include "cloud/SigV4.h"

#include <QTest>
#include <QTimeZone>

using namespace Berth::Cloud;
using Request = SigV4Signer::Request;

namespace {

const QByteArray EmptyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

QDateTime utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

// The generic test suite: service "service", region us-east-1.
SigV4Signer suiteSigner()
{
    return {QStringLiteral("AKIDEXAMPLE"),
            QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"), QStringLiteral("us-east-1"),
            QStringLiteral("service")};
}

Request suiteRequest(const QString &path, const QList<SigV4Signer::Pair> &query = {})
{
    Request request;
    request.method = "GET";
    request.path = path;
    request.query = query;
    request.headers = {{"Host", "example.amazonaws.com"}, {"X-Amz-Date", "20150830T123600Z"}};
    request.payloadHash = EmptyHash;
    return request;
}

// The S3 examples (note the '/' in this secret, where the suite's has '+').
SigV4Signer s3Signer()
{
    return {QStringLiteral("AKIAIOSFODNN7EXAMPLE"),
            QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"), QStringLiteral("us-east-1"),
            QStringLiteral("s3")};
}

Request s3Request(const QByteArray &method, const QString &path,
                  const QList<SigV4Signer::Pair> &query, const QByteArray &payloadHash,
                  const QList<SigV4Signer::Pair> &extraHeaders = {})
{
    Request request;
    request.method = method;
    request.path = path;
    request.query = query;
    request.payloadHash = payloadHash;
    request.headers = {{"Host", "examplebucket.s3.amazonaws.com"},
                       {"x-amz-date", "20130524T000000Z"},
                       {"x-amz-content-sha256", payloadHash}};
    request.headers.append(extraHeaders);
    return request;
}

} // namespace

class TestSigV4 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void getVanilla()
    {
        const SigV4Signer signer = suiteSigner();
        const Request request = suiteRequest(QStringLiteral("/"));
        const QDateTime time = utc(2015, 8, 30, 12, 36);
        QCOMPARE(SigV4Signer::canonicalRequest(request),
                 QByteArray("GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\n"
                            "host;x-amz-date\n"
                            + EmptyHash));
        QCOMPARE(signer.stringToSign(request, time),
                 QByteArray("AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/"
                            "aws4_request\n"
                            "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63"));
        QCOMPARE(signer.authorization(request, time),
                 QByteArray("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/"
                            "aws4_request, SignedHeaders=host;x-amz-date, "
                            "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763"
                            "fbf31"));
    }

    void suiteSignatures_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QList<SigV4Signer::Pair>>("query");
        QTest::addColumn<QByteArray>("canonicalQuery");
        QTest::addColumn<QByteArray>("signature");
        // The query is signed sorted, whatever order it was given in.
        QTest::newRow("get-vanilla-query-order-key-case")
            << QStringLiteral("/")
            << QList<SigV4Signer::Pair> {{"Param2", "value2"}, {"Param1", "value1"}}
            << QByteArray("Param1=value1&Param2=value2")
            << QByteArray("b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500");
        // A non-ASCII path is signed as its percent-encoded UTF-8 bytes.
        QTest::newRow("get-utf8") << QStringLiteral("/\u1234") << QList<SigV4Signer::Pair> {}
                                  << QByteArray()
                                  << QByteArray("8318018e0b0f223aa2bbf98705b62bb787dc9c0e678f255"
                                                "a891fd03141be5d85");
    }

    void suiteSignatures()
    {
        QFETCH(QString, path);
        QFETCH(QList<SigV4Signer::Pair>, query);
        QFETCH(QByteArray, canonicalQuery);
        QFETCH(QByteArray, signature);
        QCOMPARE(SigV4Signer::canonicalQuery(query), canonicalQuery);
        QCOMPARE(suiteSigner().signature(suiteRequest(path, query), utc(2015, 8, 30, 12, 36)),
                 signature);
    }

    void s3GetObjectWithRange()
    {
        const SigV4Signer signer = s3Signer();
        const Request request = s3Request("GET", QStringLiteral("/test.txt"), {}, EmptyHash,
                                          {{"Range", "bytes=0-9"}});
        const QDateTime time = utc(2013, 5, 24, 0, 0);
        QCOMPARE(SigV4Signer::canonicalRequest(request),
                 QByteArray("GET\n/test.txt\n\nhost:examplebucket.s3.amazonaws.com\n"
                            "range:bytes=0-9\nx-amz-content-sha256:"
                            + EmptyHash
                            + "\nx-amz-date:20130524T000000Z\n\n"
                              "host;range;x-amz-content-sha256;x-amz-date\n"
                            + EmptyHash));
        QCOMPARE(signer.stringToSign(request, time),
                 QByteArray("AWS4-HMAC-SHA256\n20130524T000000Z\n20130524/us-east-1/s3/"
                            "aws4_request\n"
                            "7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972"));
        QCOMPARE(signer.authorization(request, time),
                 QByteArray("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/"
                            "s3/aws4_request, "
                            "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, "
                            "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036"
                            "bdb41"));
    }

    void s3ListObjects()
    {
        // Query given unsorted; signed as max-keys=2&prefix=J.
        const Request request = s3Request("GET", QStringLiteral("/"),
                                          {{"prefix", "J"}, {"max-keys", "2"}}, EmptyHash);
        const QDateTime time = utc(2013, 5, 24, 0, 0);
        QCOMPARE(s3Signer().stringToSign(request, time),
                 QByteArray("AWS4-HMAC-SHA256\n20130524T000000Z\n20130524/us-east-1/s3/"
                            "aws4_request\n"
                            "df57d21db20da04d7fa30298dd4488ba3a2b47ca3a489c74750e0f1e7df1b9b7"));
        QCOMPARE(s3Signer().signature(request, time),
                 QByteArray("34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7"));
    }

    void s3GetBucketLifecycle()
    {
        // A query key without a value is signed as "lifecycle=".
        const Request request
            = s3Request("GET", QStringLiteral("/"), {{"lifecycle", ""}}, EmptyHash);
        QVERIFY(SigV4Signer::canonicalRequest(request).startsWith("GET\n/\nlifecycle=\n"));
        QCOMPARE(s3Signer().signature(request, utc(2013, 5, 24, 0, 0)),
                 QByteArray("fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543"));
    }

    void s3PutObject()
    {
        const QByteArray body = "Welcome to Amazon S3.";
        QCOMPARE(SigV4Signer::sha256Hex(body),
                 QByteArray("44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072"));
        const Request request
            = s3Request("PUT", QStringLiteral("/test$file.text"), {}, SigV4Signer::sha256Hex(body),
                        {{"Date", "Fri, 24 May 2013 00:00:00 GMT"},
                         {"x-amz-storage-class", "REDUCED_REDUNDANCY"}});
        const QByteArray canonical = SigV4Signer::canonicalRequest(request);
        QVERIFY2(canonical.startsWith("PUT\n/test%24file.text\n\ndate:Fri, 24 May 2013 00:00:00 "
                                      "GMT\nhost:examplebucket.s3.amazonaws.com\n"),
                 canonical.constData());
        QVERIFY(canonical.contains(
            "\ndate;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class\n"));
        QCOMPARE(s3Signer().signature(request, utc(2013, 5, 24, 0, 0)),
                 QByteArray("98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd"));
    }

    void uriEncoding_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("keepSlash");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("unreserved")
            << QStringLiteral("AZaz09-._~") << true << QByteArray("AZaz09-._~");
        QTest::newRow("slash kept in paths")
            << QStringLiteral("a/b c") << true << QByteArray("a/b%20c");
        QTest::newRow("slash encoded in queries")
            << QStringLiteral("a/b") << false << QByteArray("a%2Fb");
        QTest::newRow("plus, colon, equals")
            << QStringLiteral("p+q:r=s") << false << QByteArray("p%2Bq%3Ar%3Ds");
        QTest::newRow("backup key")
            << QStringLiteral("backup/app_2024-01-27T03:00:00.dump.gpg") << true
            << QByteArray("backup/app_2024-01-27T03%3A00%3A00.dump.gpg");
        QTest::newRow("utf-8, uppercase hex")
            << QStringLiteral("\u00e9") << true << QByteArray("%C3%A9");
    }

    void uriEncoding()
    {
        QFETCH(QString, input);
        QFETCH(bool, keepSlash);
        QFETCH(QByteArray, expected);
        QCOMPARE(SigV4Signer::uriEncode(input.toUtf8(), keepSlash), expected);
    }

    void headersAreFoldedSortedAndJoined()
    {
        Request request = suiteRequest(QStringLiteral("/"));
        request.headers.append(SigV4Signer::Pair {"My-Header1", "  value1  "});
        request.headers.append(SigV4Signer::Pair {"my-header1", "a   b   c"});
        const QByteArray canonical = SigV4Signer::canonicalRequest(request);
        QVERIFY2(canonical.contains("\nmy-header1:value1,a b c\n"), canonical.constData());
        QVERIFY(canonical.contains("\nhost;my-header1;x-amz-date\n"));
        QVERIFY(suiteSigner()
                    .authorization(request, utc(2015, 8, 30, 12, 36))
                    .contains("SignedHeaders=host;my-header1;x-amz-date,"));
    }

    void dateIsUtcWhateverTheZone()
    {
        const QDateTime berlin(QDate(2015, 8, 30), QTime(14, 36), QTimeZone("Europe/Berlin"));
        QCOMPARE(SigV4Signer::amzDate(berlin), QByteArray("20150830T123600Z"));
    }

    void cloudflareR2SignsForRegionAuto()
    {
        const SigV4Signer signer(QStringLiteral("AKIDEXAMPLE"), QStringLiteral("secret"),
                                 QStringLiteral("auto"), QStringLiteral("s3"));
        const Request request = s3Request("GET", QStringLiteral("/"), {}, EmptyHash);
        QVERIFY(signer.authorization(request, utc(2013, 5, 24, 0, 0))
                    .startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20130524/auto/s3/"
                                "aws4_request, "));
    }

    void secretNeverAppearsInWhatIsSent()
    {
        const SigV4Signer signer = s3Signer();
        const Request request = s3Request("GET", QStringLiteral("/"), {}, EmptyHash);
        const QByteArray header = signer.authorization(request, utc(2013, 5, 24, 0, 0));
        QVERIFY(!header.contains("wJalrXUtnFEMI"));
        QVERIFY(!signer.stringToSign(request, utc(2013, 5, 24, 0, 0)).contains("wJalrXUtnFEMI"));
    }
};

QTEST_GUILESS_MAIN(TestSigV4)
#include "tst_sigv4.moc"
