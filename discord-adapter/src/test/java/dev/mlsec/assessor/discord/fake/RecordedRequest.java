package dev.mlsec.assessor.discord.fake;

import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * One REST request the bot sent to the fake Discord.
 *
 * @param method  HTTP method
 * @param path    path below {@code /api/v10}, without the query
 * @param query   the query string, or empty
 * @param json    the JSON body (for multipart uploads, the {@code payload_json} part), or empty
 * @param fileNames the names of files uploaded with it
 */
public record RecordedRequest(String method, String path, String query, String json, java.util.List<String> fileNames) {

    public DataObject body() {
        return json.startsWith("{") ? DataObject.fromJson(json) : DataObject.empty();
    }

    public boolean is(String method, String pathPrefix) {
        return this.method.equals(method) && path.startsWith(pathPrefix);
    }

    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : "?" + query) + " " + json + " " + fileNames;
    }
}
