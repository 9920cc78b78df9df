package cn.gov.zhangping.fertility.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A JSON string that is not {@link cn.gov.zhangping.fertility.platform.text.PlainText}; the message says why. */
public class UnacceptableTextException extends JsonMappingException {

    UnacceptableTextException(JsonParser parser, String reason) {
        super(parser, reason);
    }
}
