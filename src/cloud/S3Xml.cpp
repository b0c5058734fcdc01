#include "cloud/S3Xml.h"

#include <QUrl>
#include <QXmlStreamReader>

namespace Berth::Cloud {

namespace {

QString formDecode(QString text)
{
    text.replace(QLatin1Char('+'), QLatin1Char(' '));
    return QUrl::fromPercentEncoding(text.toUtf8());
}

} // namespace

QDateTime S3Xml::parseTimestamp(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

Result<S3ListPage> S3Xml::parseListObjectsV2(const QByteArray &xml, bool urlEncodedKeys)
{
    S3ListPage page;
    QXmlStreamReader reader(xml);
    bool sawRoot = false;
    while (reader.readNextStartElement()) {
        if (!sawRoot) {
            if (reader.name() != QLatin1String("ListBucketResult"))
                return fail(QStringLiteral("s3.bad-response"),
                            tr("The storage service answered the listing with a “%1” document "
                               "instead of a bucket listing.")
                                .arg(reader.name().toString()));
            sawRoot = true;
            continue;
        }
        if (reader.name() == QLatin1String("IsTruncated")) {
            page.truncated = reader.readElementText() == QLatin1String("true");
        } else if (reader.name() == QLatin1String("NextContinuationToken")) {
            page.nextContinuationToken = reader.readElementText();
        } else if (reader.name() == QLatin1String("Contents")) {
            S3Object object;
            while (reader.readNextStartElement()) {
                if (reader.name() == QLatin1String("Key")) {
                    const QString key = reader.readElementText();
                    object.key = urlEncodedKeys ? formDecode(key) : key;
                } else if (reader.name() == QLatin1String("Size")) {
                    object.size = reader.readElementText().toLongLong();
                } else if (reader.name() == QLatin1String("LastModified")) {
                    object.lastModified = parseTimestamp(reader.readElementText());
                } else if (reader.name() == QLatin1String("ETag")) {
                    object.etag = reader.readElementText();
                } else {
                    reader.skipCurrentElement();
                }
            }
            page.objects.append(object);
        } else {
            reader.skipCurrentElement();
        }
    }
    if (reader.hasError() || !sawRoot)
        return fail(QStringLiteral("s3.bad-response"),
                    tr("The storage service sent a bucket listing Berth cannot read."),
                    reader.errorString());
    return page;
}

S3ErrorBody S3Xml::parseError(const QByteArray &xml)
{
    S3ErrorBody body;
    QXmlStreamReader reader(xml);
    if (!reader.readNextStartElement() || reader.name() != QLatin1String("Error"))
        return body;
    while (reader.readNextStartElement()) {
        const auto name = reader.name();
        if (name == QLatin1String("Code"))
            body.code = reader.readElementText();
        else if (name == QLatin1String("Message"))
            body.message = reader.readElementText();
        else if (name == QLatin1String("RequestId"))
            body.requestId = reader.readElementText();
        else if (name == QLatin1String("Region"))
            body.region = reader.readElementText();
        else if (name == QLatin1String("Endpoint"))
            body.endpoint = reader.readElementText();
        else
            reader.skipCurrentElement(); // AWSAccessKeyId, StringToSign, … stay out of reports
    }
    return body;
}

} // namespace Berth::Cloud
