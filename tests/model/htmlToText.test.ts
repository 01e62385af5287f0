import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/model/index.js';

describe('htmlToText', () => {
  it('drops tags and keeps their text', () => {
    expect(htmlToText('<b>Summit</b> in <i>Pyongyang</i>')).toBe('Summit in Pyongyang');
    expect(htmlToText('<a href="https://example.org" target="_blank">Curia</a> of Pompey')).toBe('Curia of Pompey');
    expect(htmlToText('<span class="x">قمة</span> بيونغ يانغ')).toBe('قمة بيونغ يانغ');
  });

  it('drops script, style and other hidden content entirely', () => {
    expect(htmlToText('<script>alert(1)</script>Summit')).toBe('Summit');
    expect(htmlToText('<SCRIPT type="text/javascript">if (a < b) alert("</b>")</SCRIPT>Summit')).toBe('Summit');
    expect(htmlToText('<style>p { color: red }</style><p>Summit</p>')).toBe('Summit');
    expect(htmlToText('A<template><b>hidden</b></template>B')).toBe('AB');
    expect(htmlToText('<script>never closed')).toBe('');
  });

  it('drops comments, declarations and CDATA', () => {
    expect(htmlToText('A<!-- <b>note</b> -->B')).toBe('AB');
    expect(htmlToText('<!DOCTYPE html><?xml version="1.0"?>Summit')).toBe('Summit');
    expect(htmlToText('A<![CDATA[x]]>B')).toBe('AB'); // a bogus comment in HTML, up to the first >
    expect(htmlToText('A<!-- never closed')).toBe('A');
  });

  it('decodes entities once, so escaped markup stays text', () => {
    expect(htmlToText('Rome &amp; Carthage')).toBe('Rome & Carthage');
    expect(htmlToText('&lt;b&gt;bold&lt;/b&gt;')).toBe('<b>bold</b>');
    expect(htmlToText('&amp;lt;')).toBe('&lt;');
    expect(htmlToText('&quot;Et tu&quot; &#8212; &#x2014; &mdash; &eacute;&Eacute; &hellip;')).toBe('"Et tu" — — — éÉ …');
    expect(htmlToText('a&nbsp;b')).toBe('a\u00A0b');
    expect(htmlToText('&lrm;&rlm;x')).toBe('\u200E\u200Fx');
  });

  it('follows HTML for odd references', () => {
    expect(htmlToText('AT&T &unknown; & &#')).toBe('AT&T &unknown; & &#');
    expect(htmlToText('&amp')).toBe('&amp'); // named references need their semicolon here
    expect(htmlToText('&#0;&#xD800;&#x110000;')).toBe('\uFFFD\uFFFD\uFFFD');
    expect(htmlToText('&#150;&#153;')).toBe('–™'); // Windows-1252, as browsers read them
    expect(htmlToText('&#128512;')).toBe('😀');
  });

  it('keeps a < that does not open a tag', () => {
    expect(htmlToText('a < b and 2<3')).toBe('a < b and 2<3');
    expect(htmlToText('<3 <')).toBe('<3 <');
    expect(htmlToText('x </')).toBe('x </');
  });

  it('drops a tag left open at the end', () => {
    expect(htmlToText('Summit <b class="x')).toBe('Summit');
    expect(htmlToText('Summit <img src=x onerror=alert(1)')).toBe('Summit');
  });

  it('honours quoted attribute values that hold >', () => {
    expect(htmlToText('<a title="a > b">link</a>')).toBe('link');
    expect(htmlToText("<a title='x>y' href=z>link</a>")).toBe('link');
  });

  it('never returns a tag, even one assembled from pieces', () => {
    expect(htmlToText('<<b>script>alert(1)<</b>/script>')).toBe('');
    expect(htmlToText('<<b></b>b>x')).toBe('x');
    expect(htmlToText('<'.repeat(20) + 'b>'.repeat(20) + 'x')).not.toMatch(/<[a-z]/i);
  });

  it('collapses white space and turns blocks into lines', () => {
    expect(htmlToText('  Summit \n\t in   Pyongyang  ')).toBe('Summit in Pyongyang');
    expect(htmlToText('one<br>two<br/>three')).toBe('one\ntwo\nthree');
    expect(htmlToText('<p>one</p>\n\n<p> two </p><ul><li>a</li><li>b</li></ul>')).toBe('one\ntwo\na\nb');
    expect(htmlToText('<td>a</td><td>b</td>')).toBe('a b');
    expect(htmlToText('a<b>b</b>c')).toBe('abc');
  });

  it('leaves other characters alone', () => {
    const text = 'قمة \u200F👨‍👩‍👧 "quoted" \'single\' ]]>';
    expect(htmlToText(text)).toBe(text);
  });
});
