import { describe, expect, it } from "vitest";
import { quizAnswersFromForm } from "@/lib/learning/learning-params";
import { videoEmbed } from "@/lib/learning/video-embed";

describe("lesson video embeds", () => {
  it("rebuilds YouTube links on the no-cookie host", () => {
    const embed = { kind: "iframe", src: "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" };
    expect(videoEmbed("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10")).toEqual(embed);
    expect(videoEmbed("https://youtu.be/dQw4w9WgXcQ")).toEqual(embed);
    expect(videoEmbed("https://www.youtube.com/embed/dQw4w9WgXcQ")).toEqual(embed);
  });
  it("embeds Vimeo and direct video files", () => {
    expect(videoEmbed("https://vimeo.com/76979871")).toEqual({ kind: "iframe", src: "https://player.vimeo.com/video/76979871" });
    expect(videoEmbed("https://cdn.example.org/lessons/intro.mp4")).toEqual({ kind: "file", src: "https://cdn.example.org/lessons/intro.mp4" });
  });
  it("ignores anything else", () => {
    for (const url of [null, "", "not a url", "http://youtu.be/dQw4w9WgXcQ", "https://youtu.be/bad\"id", "https://evil.example/embed", "javascript:alert(1)", "https://www.youtube.com/watch?v=<script>"]) {
      expect(videoEmbed(url)).toBeNull();
    }
  });
});

describe("quiz answers from a form", () => {
  it("collects repeated fields and drops anything that is not a question/option id", () => {
    const q = "11111111-1111-4111-8111-111111111111";
    const a = "22222222-2222-4222-8222-222222222222";
    const b = "33333333-3333-4333-8333-333333333333";
    const data = new FormData();
    data.append(`q.${q}`, a);
    data.append(`q.${q}`, b);
    data.append("q.nope", a);
    data.append(`q.${q}`, "' or 1=1");
    data.append("quizId", a);
    expect(quizAnswersFromForm(data)).toEqual({ [q]: [a, b] });
  });
});
